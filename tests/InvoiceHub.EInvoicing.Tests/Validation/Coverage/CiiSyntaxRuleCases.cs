namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The EN 16931 rules bound to the CII syntax that are not generated from a table: code lists (BR-CL-*, a listed and
/// an unlisted code in the same place), and the binding assertions (CII-SR-*, CII-DT-*), on our CII fixture.
/// </summary>
internal static class CiiSyntaxRuleCases
{
    private const string Document = "rsm:ExchangedDocument";
    private const string Guideline = "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Line = Trade + "/ram:IncludedSupplyChainTradeLineItem";
    private const string Product = Line + "/ram:SpecifiedTradeProduct";
    private const string LineTax = Line + "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax";
    private const string Quantity = Line + "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity";
    private const string Agreement = Trade + "/ram:ApplicableHeaderTradeAgreement";
    private const string Seller = Agreement + "/ram:SellerTradeParty";
    private const string Buyer = Agreement + "/ram:BuyerTradeParty";
    private const string Delivery = Trade + "/ram:ApplicableHeaderTradeDelivery";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string Means = Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";
    private const string Allowance = Settlement + "/ram:SpecifiedTradeAllowanceCharge";
    private const string HeaderTax = Settlement + "/ram:ApplicableTradeTax";
    private const string Summation = Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";
    private const string Contract = "<ram:ContractReferencedDocument><ram:IssuerAssignedID>C-1</ram:IssuerAssignedID></ram:ContractReferencedDocument>";

    private static readonly (string Rule, Func<UblFixture, string, UblFixture> Set, string Good, string Bad)[] _codeLists =
    [
        ("BR-CL-01", (f, v) => f.Set($"{Document}/ram:TypeCode", v), "380", "999"),
        ("BR-CL-03", (f, v) => f.SetAttribute($"{Summation}/ram:TaxTotalAmount", "currencyID", v), "EUR", "QQQ"),
        ("BR-CL-04", (f, v) => f.Set($"{Settlement}/ram:InvoiceCurrencyCode", v), "EUR", "EURO"),
        ("BR-CL-05", (f, v) => f.Insert(Settlement, $"<ram:TaxCurrencyCode>{v}</ram:TaxCurrencyCode>"), "USD", "QQQ"),
        ("BR-CL-06", (f, v) => f.Insert(HeaderTax, $"<ram:DueDateTypeCode>{v}</ram:DueDateTypeCode>"), "5", "1"),
        ("BR-CL-07", (f, v) => f.Insert(Agreement, $"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>OBJ-1</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>{v}</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument>"), "AAA", "QQQ"),
        ("BR-CL-08", (f, v) => f.Insert(Document, $"<ram:IncludedNote><ram:Content>Payment in 30 days</ram:Content><ram:SubjectCode>{v}</ram:SubjectCode></ram:IncludedNote>"), "AAI", "QQQ"),
        ("BR-CL-10", (f, v) => f.Insert(Seller, $"<ram:GlobalID schemeID='{v}'>5790000000001</ram:GlobalID>"), "0088", "9999"),
        ("BR-CL-11", (f, v) => f.Insert(Seller, $"<ram:SpecifiedLegalOrganization><ram:ID schemeID='{v}'>123456789</ram:ID></ram:SpecifiedLegalOrganization>"), "0002", "9999"),
        ("BR-CL-13", (f, v) => f.Insert(Product, $"<ram:DesignatedProductClassification><ram:ClassCode listID='{v}'>123</ram:ClassCode></ram:DesignatedProductClassification>"), "AA", "Q9"),
        ("BR-CL-14", (f, v) => f.Set($"{Buyer}/ram:PostalTradeAddress/ram:CountryID", v), "FR", "QQ"),
        ("BR-CL-15", (f, v) => f.Insert(Product, $"<ram:OriginTradeCountry><ram:ID>{v}</ram:ID></ram:OriginTradeCountry>"), "DE", "QQ"),
        ("BR-CL-16", (f, v) => f.Set($"{Means}/ram:TypeCode", v), "30", "999"),
        ("BR-CL-17", (f, v) => f.Set($"{Allowance}/ram:CategoryTradeTax/ram:CategoryCode", v), "S", "X"),
        ("BR-CL-18", (f, v) => f.Set($"{HeaderTax}/ram:CategoryCode", v), "S", "X"),
        ("BR-CL-19", (f, v) => f.Insert(Allowance, $"<ram:ReasonCode>{v}</ram:ReasonCode>"), "95", "999"),
        ("BR-CL-20", (f, v) => f.Insert(Settlement, $"<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount><ram:ReasonCode>{v}</ram:ReasonCode><ram:Reason>Freight</ram:Reason></ram:SpecifiedTradeAllowanceCharge>"), "AA", "999"),
        ("BR-CL-21", (f, v) => f.Insert(Product, $"<ram:GlobalID schemeID='{v}'>4012345678901</ram:GlobalID>"), "0160", "9999"),
        ("BR-CL-22", (f, v) => f.Insert(HeaderTax, $"<ram:ExemptionReasonCode>{v}</ram:ExemptionReasonCode>"), "VATEX-EU-79-C", "VATEX-QQ"),
        ("BR-CL-23", (f, v) => f.SetAttribute(Quantity, "unitCode", v), "C62", "NOPE"),
        ("BR-CL-24", (f, v) => f.Insert(Agreement, $"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>DOC-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode='{v}' filename='a.pdf'>QUJD</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>"), "application/pdf", "application/x-nope"),
        ("BR-CL-25", (f, v) => f.SetAttribute($"{Seller}/ram:URIUniversalCommunication/ram:URIID", "schemeID", v), "0088", "9999"),
        ("BR-CL-26", (f, v) => f.Insert(Delivery, $"<ram:ShipToTradeParty><ram:GlobalID schemeID='{v}'>5790000000001</ram:GlobalID></ram:ShipToTradeParty>"), "0088", "9999"),
    ];

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _syntax =
    [
        ("CII-SR-04", f => f.Insert(Guideline, "<ram:Value>1</ram:Value>")),
        ("CII-SR-05", f => f.Insert(Guideline, "<ram:SpecifiedDocumentVersion>1</ram:SpecifiedDocumentVersion>")),
        ("CII-SR-046", f => f.Insert(Product, "<ram:GlobalID>4012345678901</ram:GlobalID>")),
        ("CII-SR-090", f => f.Insert(Product, "<ram:OriginTradeCountry><ram:ID>DE</ram:ID><ram:ID>FR</ram:ID></ram:OriginTradeCountry>")),
        ("CII-SR-462", f => f.Insert(HeaderTax, "<ram:DueDateTypeCode>5</ram:DueDateTypeCode>")
            .Insert(Settlement, "<ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0.00</ram:BasisAmount><ram:CategoryCode>Z</ram:CategoryCode><ram:DueDateTypeCode>29</ram:DueDateTypeCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>")),
        ("CII-SR-463", f => f.Remove($"{Allowance}/ram:ChargeIndicator")),
        ("CII-SR-467", f => f.Insert(Settlement, "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>")),
        ("CII-SR-468", f => f.Insert(Means, "<ram:Information>Transfer</ram:Information>")
            .Insert(Settlement, "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode><ram:Information>Wire</ram:Information><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>")),
        ("CII-SR-469", f => f.Insert(Settlement, "<ram:PaymentReference>A</ram:PaymentReference><ram:PaymentReference>B</ram:PaymentReference>")),
        ("CII-SR-119", f => f.Insert($"{Line}/ram:SpecifiedLineTradeAgreement", "<ram:GrossPriceProductTradePrice><ram:ChargeAmount>12.00</ram:ChargeAmount><ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>2.00</ram:ActualAmount></ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice>")),
        ("CII-SR-450", f => f.Insert(Buyer, "<ram:ID>B-1</ram:ID><ram:GlobalID schemeID='0088'>5790000000001</ram:GlobalID>")),
        ("CII-SR-458", f => f.Insert(Agreement, ObjectReference("OBJ-1") + ObjectReference("OBJ-2"))),
        ("CII-SR-449", f => f.Insert(Delivery, "<ram:ShipToTradeParty><ram:ID>L-1</ram:ID><ram:GlobalID schemeID='0088'>5790000000001</ram:GlobalID></ram:ShipToTradeParty>")),
        ("CII-SR-451", f => f.Insert(Settlement, "<ram:PayeeTradeParty><ram:ID>P-1</ram:ID><ram:GlobalID schemeID='0088'>5790000000001</ram:GlobalID><ram:Name>Payee</ram:Name></ram:PayeeTradeParty>")),
        ("CII-SR-457", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-1</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-2</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument>")),
        ("CII-SR-465", f => f.Insert(Seller, "<ram:DefinedTradeContact><ram:PersonName>Anna</ram:PersonName><ram:DepartmentName>Sales</ram:DepartmentName></ram:DefinedTradeContact>")),
        ("CII-SR-466", f => f.Insert(Buyer, "<ram:DefinedTradeContact><ram:PersonName>Ben</ram:PersonName><ram:DepartmentName>Purchasing</ram:DepartmentName></ram:DefinedTradeContact>")),
        ("CII-SR-474", f => f.Insert($"{Line}/ram:SpecifiedLineTradeSettlement", ObjectReference("OBJ-1") + ObjectReference("OBJ-2"))),
        ("CII-SR-475", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:Name>Timesheet</ram:Name><ram:Name>Hours</ram:Name></ram:AdditionalReferencedDocument>")),
        ("CII-SR-476", f => f.Insert(Agreement, "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>T-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode='text/csv' filename='a.csv'>YQ==</ram:AttachmentBinaryObject><ram:AttachmentBinaryObject mimeCode='text/csv' filename='b.csv'>Yg==</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>")),
        ("CII-SR-470", f => f.Remove($"{Means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID")),
        ("CII-DT-008", f => f.SetAttribute($"{Document}/ram:TypeCode", "name", "Invoice")),
        ("CII-DT-009", f => f.SetAttribute($"{Document}/ram:TypeCode", "listURI", "urn:x")),
        ("CII-DT-013", f => f.SetAttribute(".", "languageID", "en")),
        ("CII-DT-014", f => f.SetAttribute(".", "languageLocaleID", "en-GB")),
        ("CII-DT-031", f => f.SetAttribute($"{Summation}/ram:LineTotalAmount", "currencyID", "EUR")),
        ("CII-DT-032", f => f.SetAttribute($"{Summation}/ram:LineTotalAmount", "currencyCodeListVersionID", "1")),
        ("CII-DT-033", f => f.SetAttribute(Quantity, "unitCode", null).Insert($"{Line}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice", "<ram:BasisQuantity unitCode='C62'>1</ram:BasisQuantity>")),
        ("CII-DT-034", f => f.SetAttribute(Quantity, "unitCodeListID", "1")),
        ("CII-DT-035", f => f.SetAttribute(Quantity, "unitCodeListAgencyID", "1")),
        ("CII-DT-036", f => f.SetAttribute(Quantity, "unitCodeListAgencyName", "1")),
        ("CII-DT-037", f => f.Set($"{HeaderTax}/ram:TypeCode", "GST")),
        ("CII-DT-052", f => f.Insert($"{Allowance}/ram:CategoryTradeTax", "<ram:ExemptionReasonCode>VATEX-EU-79-C</ram:ExemptionReasonCode>")),
        ("CII-DT-098", f => f.Insert($"{Allowance}/ram:CategoryTradeTax", "<ram:ExemptionReason>Exempt</ram:ExemptionReason>")),
        ("CII-DT-059", f => f.SetAttribute($"{HeaderTax}/ram:RateApplicablePercent", "format", "x")),
        ("CII-DT-097", f => f.Insert(Settlement, "<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format='102'>20251315</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>")),
    ];

    /// <summary>CII-DT-001..007: scheme attributes on the identifiers that take none (here the invoice number).</summary>
    private static readonly string[] _schemelessAttributes = ["schemeName", "schemeAgencyName", "schemeDataURI", "schemeURI", "schemeID", "schemeAgencyID", "schemeVersionID"];

    /// <summary>CII-DT-101..104: scheme attributes no identifier takes (here the seller VAT identifier).</summary>
    private static readonly string[] _idAttributes = ["schemeName", "schemeAgencyName", "schemeDataURI", "schemeURI"];

    /// <summary>CII-DT-015..030: children no referenced document takes (here a contract reference).</summary>
    private static readonly string[] _referencedDocumentChildren =
    [
        "URIID", "StatusCode", "CopyIndicator", "TypeCode", "GlobalID", "RevisionID", "Name", "AttachmentBinaryObject", "Information",
        "ReferenceTypeCode", "SectionName", "PreviousRevisionID", "FormattedIssueDateTime", "EffectiveSpecifiedPeriod", "IssuerTradeParty",
        "AttachedSpecifiedBinaryFile",
    ];

    /// <summary>CII-DT-038..067: children a line trade tax should not have.</summary>
    private static readonly (string Rule, string Element)[] _tradeTaxChildren =
    [
        ("CII-DT-038", "CalculatedRate"), ("CII-DT-039", "CalculationSequenceNumeric"), ("CII-DT-040", "BasisQuantity"), ("CII-DT-041", "BasisAmount"),
        ("CII-DT-042", "UnitBasisAmount"), ("CII-DT-043", "LineTotalBasisAmount"), ("CII-DT-044", "AllowanceChargeBasisAmount"), ("CII-DT-049", "CurrencyCode"),
        ("CII-DT-050", "Jurisdiction"), ("CII-DT-051", "CustomsDutyIndicator"), ("CII-DT-053", "TaxBasisAllowanceRate"), ("CII-DT-054", "TaxPointDate"),
        ("CII-DT-055", "Type"), ("CII-DT-056", "InformationAmount"), ("CII-DT-057", "CategoryName"), ("CII-DT-058", "DueDateTypeCode"),
        ("CII-DT-060", "SpecifiedTradeAccountingAccount"), ("CII-DT-061", "ServiceSupplyTradeCountry"), ("CII-DT-062", "BuyerRepayableTaxSpecifiedTradeAccountingAccount"),
        ("CII-DT-063", "SellerPayableTaxSpecifiedTradeAccountingAccount"), ("CII-DT-064", "SellerRefundableTaxSpecifiedTradeAccountingAccount"),
        ("CII-DT-065", "BuyerDeductibleTaxSpecifiedTradeAccountingAccount"), ("CII-DT-066", "BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount"),
        ("CII-DT-067", "PlaceApplicableTradeLocation"),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All()
    {
        foreach (var (rule, set, good, bad) in _codeLists)
        {
            yield return RuleCases.Code("CodeLists", rule, "CII", set, good, bad);
        }

        foreach (var (rule, mutate) in _syntax)
        {
            yield return RuleCases.Cii("CiiSyntax", rule, mutate);
        }

        for (var i = 0; i < _schemelessAttributes.Length; i++)
        {
            var attribute = _schemelessAttributes[i];
            yield return RuleCases.Cii("CiiSyntax", $"CII-DT-00{i + 1}", f => f.SetAttribute($"{Document}/ram:ID", attribute, "x"));
        }

        for (var i = 0; i < _idAttributes.Length; i++)
        {
            var attribute = _idAttributes[i];
            yield return RuleCases.Cii("CiiSyntax", $"CII-DT-10{i + 1}", f => f.SetAttribute($"{Seller}/ram:SpecifiedTaxRegistration/ram:ID", attribute, "x"));
        }

        UblFixture WithContract() => UblFixture.ValidCii().Insert(Agreement, Contract);
        for (var i = 0; i < _referencedDocumentChildren.Length; i++)
        {
            var child = _referencedDocumentChildren[i];
            yield return RuleCases.Cii("CiiSyntax", $"CII-DT-0{15 + i}", f => f.Insert($"{Agreement}/ram:ContractReferencedDocument", $"<ram:{child}>1</ram:{child}>"), WithContract);
        }

        foreach (var (rule, element) in _tradeTaxChildren)
        {
            yield return RuleCases.Cii("CiiSyntax", rule, f => f.Insert(LineTax, $"<ram:{element}>1</ram:{element}>"));
        }
    }

    private static string ObjectReference(string id) =>
        $"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>{id}</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument>";
}
