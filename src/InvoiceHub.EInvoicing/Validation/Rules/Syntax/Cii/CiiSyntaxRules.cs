using System.Text.RegularExpressions;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax.Cii;

/// <summary>
/// The EN 16931 CII syntax binding rules (CII-SR-*, CII-DT-*). Rule contexts follow the official pattern's
/// first-match order: a node caught by an earlier context is not checked by a later one.
/// </summary>
internal static partial class CiiSyntaxRules
{
    private const string Header = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction";
    private const string LineItem = Header + "/ram:IncludedSupplyChainTradeLineItem";
    private static readonly XNamespace _ram = Ns.Ram;
    private static readonly XNamespace _rsm = Ns.Rsm;
    private static readonly XNamespace _udt = Ns.Udt;

    public static IReadOnlyList<Rule> Create()
    {
        var rules = new List<Rule>();
        rules.AddRange(Cardinalities());
        rules.AddRange(DataTypes());
        rules.AddRange(RestrictionTable.Load("cii-restrictions"));
        return rules;
    }

    private static IEnumerable<Rule> Cardinalities()
    {
        const string Context = "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext";
        yield return new MaxOccursRule("CII-SR-003", "BusinessProcessSpecifiedDocumentContextParameter should exist maximum once.", Context, "ram:BusinessProcessSpecifiedDocumentContextParameter", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-009", "GuidelineSpecifiedDocumentContextParameter must exist exactly once.", Context, "ram:GuidelineSpecifiedDocumentContextParameter", 1, 1);
        yield return new MaxOccursRule("CII-SR-010", "ID must exist exactly once.", Context, "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", 1, 1);
        yield return new MaxOccursRule("CII-SR-014", "TypeCode must exist exactly once.", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument", "ram:TypeCode", 1, 1);
        yield return new MaxOccursRule("CII-SR-030", "Content should exist maximum once.", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote", "ram:Content", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-039", "IncludedNote should exist maximum once.", LineItem + "/ram:AssociatedDocumentLineDocument", "ram:IncludedNote", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-040", "Content should exist maximum once.", LineItem + "/ram:AssociatedDocumentLineDocument", "ram:IncludedNote/ram:Content", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-069", "Description should exist maximum once.", LineItem + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic", "ram:Description", 1, 1);
        yield return new MaxOccursRule("CII-SR-072", "Value should exist maximum once.", LineItem + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic", "ram:Value", 1, 1);
        yield return new MaxOccursRule("CII-SR-439", "ChargeAmount should exist maximum once.", LineItem + "/ram:SpecifiedLineTradeAgreement", "ram:NetPriceProductTradePrice/ram:ChargeAmount", 1, 1);
        yield return new MaxOccursRule("CII-SR-441", "ChargeAmount should exist maximum once.", LineItem + "/ram:SpecifiedLineTradeAgreement", "ram:NetPriceProductTradePrice/ram:ChargeAmount", 1);
        yield return new MaxOccursRule("CII-SR-463", "Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain a Charge Indicator.", "//ram:SpecifiedTradeAllowanceCharge", "ram:ChargeIndicator", int.MaxValue, 1);
        yield return new MaxOccursRule("CII-SR-471", "Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain at most one rate.", "//ram:SpecifiedTradeAllowanceCharge", "ram:RateApplicablePercent", 1);
        yield return new MaxOccursRule("CII-SR-472", "Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain at most one category trade tax.", "//ram:SpecifiedTradeAllowanceCharge", "ram:CategoryTradeTax", 1);
        yield return new MaxOccursRule("CII-SR-473", "ActualAmount should exist maximum once.", "//ram:SpecifiedTradeAllowanceCharge", "ram:ActualAmount", 1);
        yield return new MaxOccursRule("CII-SR-440", "ActualAmount should exist maximum once.", "//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge", "ram:ActualAmount", 1);
        yield return new MaxOccursRule("CII-SR-454", "ApplicableTradeTax should exist exactly once on a line.", LineItem + "/ram:SpecifiedLineTradeSettlement", "ram:ApplicableTradeTax", 1, 1, Severity.Warning);
        const string Agreement = Header + "/ram:ApplicableHeaderTradeAgreement";
        yield return new MaxOccursRule("CII-SR-455", "DefinedTradeContact of SellerTradeParty shall exist maximum once.", Agreement, "ram:SellerTradeParty/ram:DefinedTradeContact", 1);
        yield return new MaxOccursRule("CII-SR-456", "DefinedTradeContact of BuyerTradeParty shall exist maximum once.", Agreement, "ram:BuyerTradeParty/ram:DefinedTradeContact", 1);
        yield return new MaxOccursRule("CII-SR-459", "SellerTradeParty URIUniversalCommunication should exist maximum once.", Agreement, "ram:SellerTradeParty/ram:URIUniversalCommunication", 1);
        yield return new MaxOccursRule("CII-SR-460", "BuyerTradeParty URIUniversalCommunication should exist maximum once.", Agreement, "ram:BuyerTradeParty/ram:URIUniversalCommunication", 1);
        const string Settlement = Header + "/ram:ApplicableHeaderTradeSettlement";
        yield return new MaxOccursRule("CII-SR-452", "SpecifiedTradePaymentTerms should exist maximum once.", Settlement, "ram:SpecifiedTradePaymentTerms", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-453", "SpecifiedTradePaymentTerms Description should exist maximum once.", Settlement, "ram:SpecifiedTradePaymentTerms/ram:Description", 1, 0, Severity.Warning);
        yield return new MaxOccursRule("CII-SR-461", "Only one TaxPointDate shall be present.", Settlement, "ram:ApplicableTradeTax/ram:TaxPointDate", 1);
        const string Summation = Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";
        string[] amounts =
        [
            "LineTotalAmount", "ChargeTotalAmount", "AllowanceTotalAmount", "TaxBasisTotalAmount", "RoundingAmount", "GrandTotalAmount",
            "InformationAmount", "TotalPrepaidAmount", "TotalDiscountAmount", "TotalAllowanceChargeAmount", "DuePayableAmount",
            "RetailValueExcludingTaxInformationAmount", "TotalDepositFeeInformationAmount", "ProductValueExcludingTobaccoTaxInformationAmount",
            "TotalRetailValueInformationAmount", "GrossLineTotalAmount", "NetLineTotalAmount", "NetIncludingTaxesLineTotalAmount",
        ];
        for (var i = 0; i < amounts.Length; i++)
        {
            yield return new MaxOccursRule($"CII-SR-{477 + i}", $"{amounts[i]} shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation.", Summation, "ram:" + amounts[i], 1);
        }
    }

    private static IEnumerable<Rule> DataTypes()
    {
        static IEnumerable<XElement> Root(XmlIndex x) => [x.Root];
        static bool Absent(XElement e, string attribute) => e.Attribute(attribute) is null;
        static bool EndsWith(XElement e, string suffix) => e.Name.Namespace == _ram && e.Name.LocalName.EndsWith(suffix, StringComparison.Ordinal);
        static string TypeCode(XElement e) => e.Child(_ram + "TypeCode")?.Value ?? string.Empty;

        yield return new XmlAssertRule("CII-SR-046", "schemeID must be present if GlobalID is present.",
            x => Select(x, LineItem + "/ram:SpecifiedTradeProduct"), (p, _) => !p.Elements(_ram + "GlobalID").Any() || p.Elements(_ram + "GlobalID").Any(g => g.Attribute("schemeID") is not null));
        yield return new XmlAssertRule("CII-SR-090", "ID should exist maximum once.",
            x => Select(x, LineItem + "/ram:SpecifiedTradeProduct"), (p, _) => p.Child(_ram + "OriginTradeCountry") is null || p.Elements(_ram + "OriginTradeCountry").Elements(_ram + "ID").Count() == 1);
        yield return new XmlAssertRule("CII-SR-462", "Only one DueDateTypeCode shall be present.", x => Select(x, Header + "/ram:ApplicableHeaderTradeSettlement"),
            (_, x) => x.Named(_ram + "DueDateTypeCode").Where(d => d.Parent?.Name == _ram + "ApplicableTradeTax").Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() <= 1);
        yield return new XmlAssertRule("CII-SR-470", "Either the IBAN or a Proprietary ID (BT-84) shall be used.", x => Select(x, Header + "/ram:ApplicableHeaderTradeSettlement"),
            (s, _) => !s.Elements(_ram + "SpecifiedTradeSettlementPaymentMeans").Any(p => p.Child(_ram + "TypeCode").NormalizeSpace() is "30" or "58"
                && p.Elements(_ram + "PayeePartyCreditorFinancialAccount").All(a => a.Child(_ram + "IBANID") is null && a.Child(_ram + "ProprietaryID") is null)));
        // Warnings of the official set on the header agreement and the line (buyer and contact duplicates, repeated references).
        const string HeaderAgreement = Header + "/ram:ApplicableHeaderTradeAgreement";
        static int Documents(XElement parent, string typeCode, Func<XElement, bool> normalized) =>
            parent.Elements(_ram + "AdditionalReferencedDocument").Count(d => d.Elements(_ram + "TypeCode").Any(t => normalized(t) ? t.NormalizeSpace() == typeCode : t.Value == typeCode));
        static bool HasBothChildren(XElement parent, string party, string first, string second) =>
            parent.Elements(_ram + party).Elements(_ram + first).Any() && parent.Elements(_ram + party).Elements(_ram + second).Any();
        yield return new XmlAssertRule("CII-SR-119", "Only allowances on price a price should be present", x => Select(x, LineItem + "/ram:SpecifiedLineTradeAgreement"),
            (a, _) =>
            {
                var charges = a.Elements(_ram + "GrossPriceProductTradePrice").Elements(_ram + "AppliedTradeAllowanceCharge").ToList();
                var indicators = charges.Elements(_ram + "ChargeIndicator").ToList();
                var amounts = charges.Elements(_ram + "ActualAmount").Any();
                return (indicators.Elements(_udt + "Indicator").Any(i => i.IsFalse()) && amounts) || (indicators.Count == 0 && !amounts);
            }, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-450", "Only one buyer identifier should be present (either the ID or the Global ID)", x => Select(x, HeaderAgreement),
            (a, _) => !HasBothChildren(a, "BuyerTradeParty", "ID", "GlobalID"), Severity.Warning);
        yield return new XmlAssertRule("CII-SR-458", "IssuerAssignedID with TypeCode 130 should exist maximum once", x => Select(x, HeaderAgreement),
            (a, _) => Documents(a, "130", _ => false) <= 1, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-449", "Only one delivery to location identifier should be present (either the ID or the Global ID)", x => Select(x, Header + "/ram:ApplicableHeaderTradeDelivery"),
            (d, _) => !HasBothChildren(d, "ShipToTradeParty", "ID", "GlobalID"), Severity.Warning);
        yield return new XmlAssertRule("CII-SR-451", "Only one payee identifier should be present (either the ID or the Global ID)", x => Select(x, Header + "/ram:ApplicableHeaderTradeSettlement"),
            (s, _) => !HasBothChildren(s, "PayeeTradeParty", "ID", "GlobalID"), Severity.Warning);
        yield return new XmlAssertRule("CII-SR-457", "IssuerAssignedID with TypeCode 50 should exist maximum once", x => Select(x, HeaderAgreement),
            (a, _) => Documents(a, "50", _ => false) <= 1, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-465", "Only one BT-41 element is allowed on an invoice.", x => Select(x, HeaderAgreement),
            (a, _) => !(a.Elements(_ram + "SellerTradeParty").Elements(_ram + "DefinedTradeContact").Elements(_ram + "PersonName").Any()
                && a.Elements(_ram + "SellerTradeParty").Elements(_ram + "DefinedTradeContact").Elements(_ram + "DepartmentName").Any()), Severity.Warning);
        yield return new XmlAssertRule("CII-SR-466", "Only one BT-56 element is allowed on an invoice.", x => Select(x, HeaderAgreement),
            (a, _) => !(a.Elements(_ram + "BuyerTradeParty").Elements(_ram + "DefinedTradeContact").Elements(_ram + "PersonName").Any()
                && a.Elements(_ram + "BuyerTradeParty").Elements(_ram + "DefinedTradeContact").Elements(_ram + "DepartmentName").Any()), Severity.Warning);
        yield return new XmlAssertRule("CII-SR-474", "An invoice line shall not contain more than one AdditionalReferencedDocument with TypeCode 130.", x => Select(x, LineItem + "/ram:SpecifiedLineTradeSettlement"),
            (s, _) => Documents(s, "130", _ => true) <= 1, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-475", "Only one AdditionalReferencedDocument Name BT-123 is allowed with TypeCode 916.", x => Select(x, HeaderAgreement),
            (a, _) => a.Elements(_ram + "AdditionalReferencedDocument").Where(d => d.Elements(_ram + "TypeCode").Any(t => t.NormalizeSpace() == "916")).Elements(_ram + "Name").Count() <= 1, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-476", "Only one AdditionalReferencedDocument AttachmentBinaryObject BT-125 is allowed with TypeCode 916.", x => Select(x, HeaderAgreement),
            (a, _) => a.Elements(_ram + "AdditionalReferencedDocument").Where(d => d.Elements(_ram + "TypeCode").Any(t => t.NormalizeSpace() == "916")).Elements(_ram + "AttachmentBinaryObject").Count() <= 1, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-467", "All Payment means type codes (BT-81) shall have the same value across all SpecifiedTradeSettlementPaymentMeans.", Root,
            (_, x) => SameEverywhere(x, "TypeCode"));
        yield return new XmlAssertRule("CII-SR-468", "All Payment means texts (BT-82) shall have the same value across all SpecifiedTradeSettlementPaymentMeans.", Root,
            (_, x) => SameEverywhere(x, "Information"));
        yield return new XmlAssertRule("CII-SR-469", "Payment reference (BT-83) shall occur at most once in the document.", Root,
            (_, x) => x.Named(_ram + "PaymentReference").Count(p => p.Parent?.Name == _ram + "ApplicableHeaderTradeSettlement") <= 1);
        yield return new XmlAssertRule("CII-DT-013", "languageID should not be present.", Root, (r, _) => Absent(r, "languageID"));
        yield return new XmlAssertRule("CII-DT-014", "languageLocaleID should not be present.", Root, (r, _) => Absent(r, "languageLocaleID"));

        // Identifiers: the four that carry no scheme at all, then every other ram:*ID.
        var schemelessIds = new SharedContexts(SchemelessIds);
        string[] schemeless = ["schemeName", "schemeAgencyName", "schemeDataURI", "schemeURI", "schemeID", "schemeAgencyID", "schemeVersionID"];
        for (var i = 0; i < schemeless.Length; i++)
        {
            var attribute = schemeless[i];
            yield return new XmlAssertRule($"CII-DT-00{i + 1}", $"{attribute} should not be present.", schemelessIds, (e, _) => Absent(e, attribute));
        }

        var otherIds = new SharedContexts(x => x.All.Where(e => EndsWith(e, "ID")).Except(SchemelessIds(x)));
        string[] idAttributes = ["schemeName", "schemeAgencyName", "schemeDataURI", "schemeURI"];
        for (var i = 0; i < idAttributes.Length; i++)
        {
            var attribute = idAttributes[i];
            yield return new XmlAssertRule($"CII-DT-10{i + 1}", $"{attribute} should not be present.", otherIds, (e, _) => Absent(e, attribute));
        }

        // CII-DT-010..012 (ExchangedDocument/TypeCode) are shadowed by the //ram:TypeCode context in the official pattern and never reported.
        yield return new XmlAssertRule("CII-DT-008", "name should not be present.", x => x.Named(_ram + "TypeCode"), (e, _) => Absent(e, "name"));
        yield return new XmlAssertRule("CII-DT-009", "listURI should not be present.", x => x.Named(_ram + "TypeCode"), (e, _) => Absent(e, "listURI"));

        var referenced = new SharedContexts(x => x.All.Where(e => EndsWith(e, "ReferencedDocument")));
        static bool Additional(XElement e) => e.Name == _ram + "AdditionalReferencedDocument";
        yield return new XmlAssertRule("CII-DT-015", "URIID should not be present.", referenced, (e, _) => e.Child(_ram + "URIID") is null || (Additional(e) && TypeCode(e) == "916"));
        yield return new XmlAssertRule("CII-DT-016", "StatusCode should not be present.", referenced, (e, _) => e.Child(_ram + "StatusCode") is null);
        yield return new XmlAssertRule("CII-DT-017", "CopyIndicator should not be present.", referenced, (e, _) => e.Child(_ram + "CopyIndicator") is null);
        yield return new XmlAssertRule("CII-DT-018", "TypeCode should not be present.", referenced, (e, _) => e.Child(_ram + "TypeCode") is null || (Additional(e) && TypeCode(e) is "50" or "130" or "916"));
        yield return new XmlAssertRule("CII-DT-019", "GlobalID should not be present.", referenced, (e, _) => e.Child(_ram + "GlobalID") is null);
        yield return new XmlAssertRule("CII-DT-020", "RevisionID should not be present.", referenced, (e, _) => e.Child(_ram + "RevisionID") is null);
        yield return new XmlAssertRule("CII-DT-021", "Name should not be present.", referenced, (e, _) => e.Child(_ram + "Name") is null || (Additional(e) && TypeCode(e) == "916"));
        yield return new XmlAssertRule("CII-DT-022", "AttachmentBinaryObject should not be present.", referenced, (e, _) => e.Child(_ram + "AttachmentBinaryObject") is null || (Additional(e) && TypeCode(e) == "916"));
        yield return new XmlAssertRule("CII-DT-023", "Information should not be present.", referenced, (e, _) => e.Child(_ram + "Information") is null);
        yield return new XmlAssertRule("CII-DT-024", "ReferenceTypeCode should not be present.", referenced, (e, _) => e.Child(_ram + "ReferenceTypeCode") is null || (Additional(e) && TypeCode(e) == "130"));
        yield return new XmlAssertRule("CII-DT-025", "SectionName should not be present.", referenced, (e, _) => e.Child(_ram + "SectionName") is null);
        yield return new XmlAssertRule("CII-DT-026", "PreviousRevisionID should not be present.", referenced, (e, _) => e.Child(_ram + "PreviousRevisionID") is null);
        yield return new XmlAssertRule("CII-DT-027", "FormattedIssueDateTime should not be present.", referenced, (e, _) => e.Child(_ram + "FormattedIssueDateTime") is null || e.Name == _ram + "InvoiceReferencedDocument");
        yield return new XmlAssertRule("CII-DT-028", "EffectiveSpecifiedPeriod should not be present.", referenced, (e, _) => e.Child(_ram + "EffectiveSpecifiedPeriod") is null);
        yield return new XmlAssertRule("CII-DT-029", "IssuerTradeParty should not be present.", referenced, (e, _) => e.Child(_ram + "IssuerTradeParty") is null);
        yield return new XmlAssertRule("CII-DT-030", "AttachedSpecifiedBinaryFile should not be present.", referenced, (e, _) => e.Child(_ram + "AttachedSpecifiedBinaryFile") is null);

        var amounts = new SharedContexts(x => x.All.Where(e => EndsWith(e, "Amount") && e.Name != _ram + "TaxTotalAmount"));
        yield return new XmlAssertRule("CII-DT-031", "currencyID should not be present.", amounts, (e, _) => Absent(e, "currencyID"));
        yield return new XmlAssertRule("CII-DT-032", "currencyCodeListVersionID should not be present.", amounts, (e, _) => Absent(e, "currencyCodeListVersionID"));

        static IEnumerable<XElement> Quantities(XmlIndex x) => x.All.Where(e => EndsWith(e, "Quantity"));
        var quantities = new SharedContexts(Quantities);
        // Any line quantity with a unit code makes every unit code acceptable (the official test is document-wide).
        yield return new XmlAssertRule("CII-DT-033", "unitCode should not be present.",
            x => x.Named(_ram + "BilledQuantity").Any(q => q.Attribute("unitCode") is not null && q.Parent?.Name == _ram + "SpecifiedLineTradeDelivery") ? [] : Quantities(x),
            (e, _) => Absent(e, "unitCode"));
        yield return new XmlAssertRule("CII-DT-034", "unitCodeListID should not be present.", quantities, (e, _) => Absent(e, "unitCodeListID"));
        yield return new XmlAssertRule("CII-DT-035", "unitCodeListAgencyID should not be present.", quantities, (e, _) => Absent(e, "unitCodeListAgencyID"));
        yield return new XmlAssertRule("CII-DT-036", "unitCodeListAgencyName should not be present.", quantities, (e, _) => Absent(e, "unitCodeListAgencyName"));

        var tradeTaxes = new SharedContexts(x => x.All.Where(e => EndsWith(e, "TradeTax")));
        static bool InHeaderSettlement(XElement e) => e.Ancestors(_ram + "ApplicableHeaderTradeSettlement").Any();
        yield return new XmlAssertRule("CII-DT-037", "TypeCode shall be 'VAT'.", tradeTaxes, (e, _) => e.Child(_ram + "TypeCode") is null || e.Elements(_ram + "TypeCode").Any(t => t.Value == "VAT"));
        (string Id, string Element, Func<XElement, bool>? Allowed)[] taxWarnings =
        [
            ("CII-DT-038", "CalculatedRate", null), ("CII-DT-039", "CalculationSequenceNumeric", null), ("CII-DT-040", "BasisQuantity", null),
            ("CII-DT-041", "BasisAmount", InHeaderSettlement), ("CII-DT-042", "UnitBasisAmount", null), ("CII-DT-043", "LineTotalBasisAmount", null),
            ("CII-DT-044", "AllowanceChargeBasisAmount", null), ("CII-DT-049", "CurrencyCode", null), ("CII-DT-050", "Jurisdiction", null),
            ("CII-DT-051", "CustomsDutyIndicator", null), ("CII-DT-052", "ExemptionReasonCode", e => e.Name == _ram + "ApplicableTradeTax"),
            ("CII-DT-098", "ExemptionReason", e => e.Name == _ram + "ApplicableTradeTax"), ("CII-DT-053", "TaxBasisAllowanceRate", null),
            ("CII-DT-054", "TaxPointDate", InHeaderSettlement), ("CII-DT-055", "Type", null), ("CII-DT-056", "InformationAmount", null),
            ("CII-DT-057", "CategoryName", null), ("CII-DT-058", "DueDateTypeCode", InHeaderSettlement), ("CII-DT-060", "SpecifiedTradeAccountingAccount", null),
            ("CII-DT-061", "ServiceSupplyTradeCountry", null), ("CII-DT-062", "BuyerRepayableTaxSpecifiedTradeAccountingAccount", null),
            ("CII-DT-063", "SellerPayableTaxSpecifiedTradeAccountingAccount", null), ("CII-DT-064", "SellerRefundableTaxSpecifiedTradeAccountingAccount", null),
            ("CII-DT-065", "BuyerDeductibleTaxSpecifiedTradeAccountingAccount", null), ("CII-DT-066", "BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount", null),
            ("CII-DT-067", "PlaceApplicableTradeLocation", null),
        ];
        foreach (var (id, element, allowed) in taxWarnings)
        {
            yield return new XmlAssertRule(id, $"{element} should not be present.", tradeTaxes,
                (e, _) => e.Child(_ram + element) is null || (allowed?.Invoke(e) ?? false), Severity.Warning);
        }

        yield return new XmlAssertRule("CII-DT-059", "RateApplicablePercent format should not be present.", tradeTaxes,
            (e, _) => e.Elements(_ram + "RateApplicablePercent").All(r => r.Attribute("format") is null), Severity.Warning);
        yield return new XmlAssertRule("CII-DT-097", "Date time string with format attribute 102 shall be YYYYMMDD.",
            x => x.Named(_udt + "DateTimeString").Where(d => (string?)d.Attribute("format") == "102"), (d, _) => Date102().IsMatch(d.Value));
        var contextParameters = new SharedContexts(x => x.All.Where(e => e.Name.LocalName.EndsWith("DocumentContextParameter", StringComparison.Ordinal)));
        yield return new XmlAssertRule("CII-SR-04", "Value should not be present.", contextParameters,
            (e, _) => e.Child(_ram + "Value") is null, Severity.Warning);
        yield return new XmlAssertRule("CII-SR-05", "SpecifiedDocumentVersion should not be present.", contextParameters,
            (e, _) => e.Child(_ram + "SpecifiedDocumentVersion") is null, Severity.Warning);
    }

    private static bool SameEverywhere(XmlIndex x, string child)
    {
        var values = x.Named(_ram + "SpecifiedTradeSettlementPaymentMeans").SelectMany(p => p.Elements(_ram + child)).Select(e => e.NormalizeSpace()).ToList();
        return values.Count == 0 || values.All(v => v == values[0]);
    }

    private static IEnumerable<XElement> SchemelessIds(XmlIndex x)
    {
        var root = x.Root;
        if (root.Path(_rsm + "ExchangedDocumentContext", _ram + "GuidelineSpecifiedDocumentContextParameter", _ram + "ID") is { } guideline)
        {
            yield return guideline;
        }

        if (root.Path(_rsm + "ExchangedDocument", _ram + "ID") is { } number)
        {
            yield return number;
        }

        foreach (var item in root.Elements(_rsm + "SupplyChainTradeTransaction").Elements(_ram + "IncludedSupplyChainTradeLineItem"))
        {
            foreach (var lineId in item.Elements(_ram + "AssociatedDocumentLineDocument").Elements(_ram + "LineID"))
            {
                yield return lineId;
            }

            foreach (var sellerId in item.Elements(_ram + "SpecifiedTradeProduct").Elements(_ram + "SellerAssignedID"))
            {
                yield return sellerId;
            }
        }
    }

    private static IEnumerable<XElement> Select(XmlIndex x, string context) => ContextPattern.Parse(context).Select(x);

    [GeneratedRegex(@"^\s*(\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\s*$")]
    private static partial Regex Date102();
}
