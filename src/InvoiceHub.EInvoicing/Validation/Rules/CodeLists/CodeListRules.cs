using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Syntax;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.CodeLists;

/// <summary>
/// The EN 16931 code list rules (BR-CL-*). They check values as written in the XML, so they are bound to
/// the syntax: the UBL and the CII binding put the same code in different elements and attributes.
/// </summary>
internal static class CodeListRules
{
    private static readonly XNamespace _cac = Ns.Cac;
    private static readonly XNamespace _cbc = Ns.Cbc;
    private static readonly XNamespace _ram = Ns.Ram;

    public static IReadOnlyList<Rule> Ubl()
    {
        static IEnumerable<XElement> Named(XmlIndex x, string name) => x.Named(_cbc + name);
        static IEnumerable<XElement> WithAttr(XmlIndex x, string name, string attribute) => Named(x, name).Where(e => e.Attribute(attribute) is not null);
        static bool AttributeIn(XElement e, string attribute, CodeList list) => list.Contains((string?)e.Attribute(attribute));
        static bool ParentIs(XElement e, string name) => e.Parent?.Name == _cac + name;
        string[] amounts = ["Amount", "BaseAmount", "PriceAmount", "TaxAmount", "TaxableAmount", "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount", "ChargeTotalAmount", "PrepaidAmount", "PayableRoundingAmount", "PayableAmount"];
        return
        [
            new XmlAssertRule("BR-CL-01", "The document type code MUST be coded by the invoice and credit note related code lists of UNTDID 1001.",
                x => Named(x, "InvoiceTypeCode").Concat(Named(x, "CreditNoteTypeCode")),
                (e, _) => (e.Name.LocalName == "InvoiceTypeCode" ? Codes.InvoiceTypes : Codes.CreditNoteTypes).Contains(e.Value)),
            // The official context is every amount element, with or without the attribute: one without currencyID fails.
            new XmlAssertRule("BR-CL-03", "currencyID MUST be coded using ISO code list 4217 alpha-3.",
                x => amounts.SelectMany(a => Named(x, a)), (e, _) => AttributeIn(e, "currencyID", Codes.Currencies)),
            new XmlAssertRule("BR-CL-04", "Invoice currency code MUST be coded using ISO code list 4217 alpha-3.", x => Named(x, "DocumentCurrencyCode"), (e, _) => Codes.Currencies.Contains(e.Value)),
            new XmlAssertRule("BR-CL-05", "Tax currency code MUST be coded using ISO code list 4217 alpha-3.", x => Named(x, "TaxCurrencyCode"), (e, _) => Codes.Currencies.Contains(e.Value)),
            new XmlAssertRule("BR-CL-06", "Value added tax point date code MUST be coded using a restriction of UNTDID 2005.",
                x => Named(x, "DescriptionCode").Where(e => ParentIs(e, "InvoicePeriod")), (e, _) => Codes.TaxPointDateCodesUbl.Contains(e.Value)),
            new XmlAssertRule("BR-CL-07", "Object identifier identification scheme identifier MUST be coded using a restriction of UNTDID 1153.",
                x => Named(x, "ID").Where(e => e.Attribute("schemeID") is not null && (ParentIs(e, "AdditionalDocumentReference") || ParentIs(e, "DocumentReference")) && e.Parent!.Element(_cbc + "DocumentTypeCode")?.Value == "130"),
                (e, _) => AttributeIn(e, "schemeID", Codes.ReferenceQualifiers)),
            new XmlAssertRule("BR-CL-08", "Invoiced note subject code shall be coded using UNCL4451.",
                x => Named(x, "Note").Where(e => e.Parent == x.Root), (e, _) => NoteSubjectOk(e.Value)),
            new XmlAssertRule("BR-CL-10", "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                x => Named(x, "ID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "PartyIdentification")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd) || SepaOfSellerOrPayee(e)),
            new XmlAssertRule("BR-CL-11", "Any registration identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                x => Named(x, "CompanyID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "PartyLegalEntity")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
            new XmlAssertRule("BR-CL-13", "Item classification identifier identification scheme identifier MUST be coded using one of the UNTDID 7143 list.",
                x => Named(x, "ItemClassificationCode").Where(e => e.Attribute("listID") is not null && ParentIs(e, "CommodityClassification")), (e, _) => AttributeIn(e, "listID", Codes.ItemTypes)),
            new XmlAssertRule("BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1.",
                x => Named(x, "IdentificationCode").Where(e => ParentIs(e, "Country")), (e, _) => Codes.Countries.Contains(e.Value)),
            new XmlAssertRule("BR-CL-15", "Country codes in an invoice MUST be coded using ISO code list 3166-1.",
                x => Named(x, "IdentificationCode").Where(e => ParentIs(e, "OriginCountry")), (e, _) => Codes.Countries.Contains(e.Value)),
            new XmlAssertRule("BR-CL-16", "Payment means in an invoice MUST be coded using UNCL4461 code list.",
                x => Named(x, "PaymentMeansCode").Where(e => ParentIs(e, "PaymentMeans")), (e, _) => Codes.PaymentMeans.Contains(e.Value)),
            new XmlAssertRule("BR-CL-17", "Invoice tax categories MUST be coded using UNCL5305 code list.",
                x => Named(x, "ID").Where(e => ParentIs(e, "TaxCategory")), (e, _) => Codes.VatCategories.Contains(e.Value)),
            new XmlAssertRule("BR-CL-18", "Invoice tax categories MUST be coded using UNCL5305 code list.",
                x => Named(x, "ID").Where(e => ParentIs(e, "ClassifiedTaxCategory")), (e, _) => Codes.VatCategories.Contains(e.Value)),
            new XmlAssertRule("BR-CL-19", "Coded allowance reasons MUST belong to the UNCL 5189 code list.",
                x => Named(x, "AllowanceChargeReasonCode").Where(e => ParentIs(e, "AllowanceCharge") && e.Parent!.Element(_cbc + "ChargeIndicator").IsFalse()), (e, _) => Codes.AllowanceReasons.Contains(e.Value)),
            new XmlAssertRule("BR-CL-20", "Coded charge reasons MUST belong to the UNCL 7161 code list.",
                x => Named(x, "AllowanceChargeReasonCode").Where(e => ParentIs(e, "AllowanceCharge") && e.Parent!.Element(_cbc + "ChargeIndicator").IsTrue()), (e, _) => Codes.ChargeReasons.Contains(e.Value)),
            new XmlAssertRule("BR-CL-21", "Item standard identifier scheme identifier MUST belong to the ISO 6523 ICD code list.",
                x => Named(x, "ID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "StandardItemIdentification")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
            new XmlAssertRule("BR-CL-22", "Tax exemption reason code identifier scheme identifier MUST belong to the CEF VATEX code list.",
                x => Named(x, "TaxExemptionReasonCode"), (e, _) => Codes.Vatex.Contains(e.Value.ToUpperInvariant())),
            new XmlAssertRule("BR-CL-23", "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension.",
                x => WithAttr(x, "InvoicedQuantity", "unitCode").Concat(WithAttr(x, "BaseQuantity", "unitCode")).Concat(WithAttr(x, "CreditedQuantity", "unitCode")),
                (e, _) => AttributeIn(e, "unitCode", Codes.Units)),
            new XmlAssertRule("BR-CL-24", "For Mime code in attribute use MIMEMediaType.",
                x => WithAttr(x, "EmbeddedDocumentBinaryObject", "mimeCode"), (e, _) => AttributeIn(e, "mimeCode", Codes.Mime)),
            new XmlAssertRule("BR-CL-25", "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list.",
                x => WithAttr(x, "EndpointID", "schemeID"), (e, _) => AttributeIn(e, "schemeID", Codes.Eas)),
            new XmlAssertRule("BR-CL-26", "Delivery location identifier scheme identifier MUST belong to the ISO 6523 ICD code list.",
                x => Named(x, "ID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "DeliveryLocation")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
        ];
    }

    public static IReadOnlyList<Rule> Cii()
    {
        static IEnumerable<XElement> Named(XmlIndex x, string name) => x.Named(_ram + name);
        static bool AttributeIn(XElement e, string attribute, CodeList list) => list.Contains((string?)e.Attribute(attribute));
        static bool ParentIs(XElement e, string name) => e.Parent?.Name == _ram + name;
        static bool Under(XElement e, string name) => e.Ancestors(_ram + name).Any();
        return
        [
            new XmlAssertRule("BR-CL-01", "The document type code MUST be coded by the invoice and credit note related code lists of UNTDID 1001.",
                x => Named(x, "TypeCode").Where(e => e.Parent?.Name == Ns.Rsm + "ExchangedDocument"), (e, _) => Codes.DocumentTypes.Contains(e.Value)),
            new XmlAssertRule("BR-CL-03", "currencyID MUST be coded using ISO code list 4217 alpha-3.",
                x => Named(x, "TaxTotalAmount").Where(e => e.Attribute("currencyID") is not null), (e, _) => AttributeIn(e, "currencyID", Codes.Currencies)),
            new XmlAssertRule("BR-CL-04", "Invoice currency code MUST be coded using ISO code list 4217 alpha-3.", x => Named(x, "InvoiceCurrencyCode"), (e, _) => Codes.Currencies.Contains(e.Value)),
            new XmlAssertRule("BR-CL-05", "Tax currency code MUST be coded using ISO code list 4217 alpha-3.", x => Named(x, "TaxCurrencyCode"), (e, _) => Codes.Currencies.Contains(e.Value)),
            new XmlAssertRule("BR-CL-06", "Value added tax point date code MUST be coded using a restriction of UNTDID 2475.", x => Named(x, "DueDateTypeCode"), (e, _) => Codes.TaxPointDateCodesCii.Contains(e.Value)),
            new XmlAssertRule("BR-CL-07", "Object identifier identification scheme identifier MUST be coded using a restriction of UNTDID 1153.", x => Named(x, "ReferenceTypeCode"), (e, _) => Codes.ReferenceQualifiers.Contains(e.Value)),
            new XmlAssertRule("BR-CL-08", "Subject Code MUST be coded using a restriction of UNTDID 4451.", x => Named(x, "SubjectCode"), (e, _) => Codes.TextSubjects.Contains(e.Value)),
            new XmlAssertRule("BR-CL-10", "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                x => Named(x, "GlobalID").Where(e => e.Attribute("schemeID") is not null && !Under(e, "SpecifiedTradeProduct") && !Under(e, "ShipToTradeParty")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
            new XmlAssertRule("BR-CL-11", "Any registration identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                x => Named(x, "ID").Where(e => e.Attribute("schemeID") is not null && !Under(e, "SpecifiedTaxRegistration")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
            new XmlAssertRule("BR-CL-13", "Item classification identifier identification scheme identifier MUST be coded using one of the UNTDID 7143 list.",
                x => Named(x, "ClassCode").Where(e => e.Attribute("listID") is not null), (e, _) => AttributeIn(e, "listID", Codes.ItemTypes)),
            new XmlAssertRule("BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1.", x => Named(x, "CountryID"), (e, _) => Codes.Countries.Contains(e.Value)),
            new XmlAssertRule("BR-CL-15", "Country codes in an invoice MUST be coded using ISO code list 3166-1.",
                x => Named(x, "ID").Where(e => ParentIs(e, "OriginTradeCountry")), (e, _) => Codes.Countries.Contains(e.Value)),
            new XmlAssertRule("BR-CL-16", "Payment means in an invoice MUST be coded using UNCL4461 code list.",
                x => Named(x, "TypeCode").Where(e => ParentIs(e, "SpecifiedTradeSettlementPaymentMeans")), (e, _) => Codes.PaymentMeans.Contains(e.Value)),
            new XmlAssertRule("BR-CL-17", "Invoice tax categories MUST be coded using UNCL5305 code list.",
                x => Named(x, "CategoryCode").Where(e => ParentIs(e, "CategoryTradeTax")), (e, _) => Codes.VatCategories.Contains(e.Value)),
            new XmlAssertRule("BR-CL-18", "Invoice tax categories MUST be coded using UNCL5305 code list.",
                x => Named(x, "CategoryCode").Where(e => ParentIs(e, "ApplicableTradeTax")), (e, _) => Codes.VatCategories.Contains(e.Value)),
            new XmlAssertRule("BR-CL-19", "Coded allowance reasons MUST belong to the UNCL 5189 code list.",
                x => Named(x, "ReasonCode").Where(e => ParentIs(e, "SpecifiedTradeAllowanceCharge") && e.Parent!.Element(_ram + "ChargeIndicator")?.Element(Ns.Udt + "Indicator").IsFalse() == true),
                (e, _) => Codes.AllowanceReasons.Contains(e.Value)),
            new XmlAssertRule("BR-CL-20", "Coded charge reasons MUST belong to the UNCL 7161 code list.",
                x => Named(x, "ReasonCode").Where(e => ParentIs(e, "SpecifiedTradeAllowanceCharge") && e.Parent!.Element(_ram + "ChargeIndicator")?.Element(Ns.Udt + "Indicator").IsTrue() == true),
                (e, _) => Codes.ChargeReasons.Contains(e.Value)),
            new XmlAssertRule("BR-CL-21", "Item standard identifier scheme identifier MUST belong to the ISO 6523 ICD code list.",
                x => Named(x, "GlobalID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "SpecifiedTradeProduct")), (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
            new XmlAssertRule("BR-CL-22", "Tax exemption reason code identifier scheme identifier MUST belong to the CEF VATEX code list.", x => Named(x, "ExemptionReasonCode"), (e, _) => Codes.Vatex.Contains(e.Value.ToUpperInvariant())),
            new XmlAssertRule("BR-CL-23", "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension.",
                x => Named(x, "BasisQuantity").Concat(Named(x, "BilledQuantity")).Where(e => e.Attribute("unitCode") is not null), (e, _) => AttributeIn(e, "unitCode", Codes.Units)),
            new XmlAssertRule("BR-CL-24", "For Mime code in attribute use MIMEMediaType.",
                x => Named(x, "AttachmentBinaryObject").Where(e => e.Attribute("mimeCode") is not null), (e, _) => Codes.Mime.Contains((string?)e.Attribute("mimeCode"))),
            new XmlAssertRule("BR-CL-25", "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list.",
                x => Named(x, "URIID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "URIUniversalCommunication")), (e, _) => AttributeIn(e, "schemeID", Codes.Eas)),
            new XmlAssertRule("BR-CL-26", "Delivery location identifier scheme identifier MUST belong to the ISO 6523 ICD code list.",
                x => Named(x, "GlobalID").Where(e => e.Attribute("schemeID") is not null && ParentIs(e, "ShipToTradeParty") && e.Parent!.Parent?.Name == _ram + "ApplicableHeaderTradeDelivery"),
                (e, _) => AttributeIn(e, "schemeID", Codes.Icd)),
        ];
    }

    /// <summary>UBL carries the note subject as a "#CODE#" prefix; only a three-letter code between the first two '#' is checked.</summary>
    private static bool NoteSubjectOk(string note)
    {
        var first = note.IndexOf('#', StringComparison.Ordinal);
        if (first < 0)
        {
            return true;
        }

        var second = note.IndexOf('#', first + 1);
        var code = second < 0 ? string.Empty : note[(first + 1)..second];
        return code.Length != 3 || Codes.TextSubjects.Contains(code);
    }

    /// <summary>UBL BR-CL-10 allows SEPA (a bank creditor reference) only below the seller or the payee.</summary>
    private static bool SepaOfSellerOrPayee(XElement id) =>
        id.Attribute("schemeID").NormalizeSpace() == "SEPA"
        && id.Ancestors().Any(a => a.Name == _cac + "AccountingSupplierParty" || a.Name == _cac + "PayeeParty");
}
