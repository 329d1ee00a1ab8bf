namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// Inputs on which a reading of the model and the official XPath could differ, each stated as the official test
/// judges it (the official-validator agreement test confirms every one): the rule's context element must exist, a
/// present but malformed or empty element is present, and the CII scheme ids are taken literally.
/// </summary>
internal static class OfficialContextRuleCases
{
    private const string Family = "OfficialContext";
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string Means = Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans";
    private const string Agreement = Trade + "/ram:ApplicableHeaderTradeAgreement";
    private const string Product = Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct";
    private const string Summation = Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() =>
    [
        // BR-49: a CII payment reference (BT-83) without payment means is no payment instruction.
        RuleCases.Pair(Family, "BR-49", "CII", () => UblFixture.ValidCii().Remove($"{Means}/ram:TypeCode"), () => UblFixture.ValidCii().Remove(Means).Insert(Settlement, "<ram:PaymentReference>INV-1</ram:PaymentReference>")),

        // BR-CO-15 (UBL): exactly one TaxTotal/TaxAmount in the document currency; one in the tax currency besides it is fine.
        RuleCases.Pair(Family, "BR-CO-15", "UBL", () => UblFixture.Valid().Insert(".", "<cac:TaxTotal><cbc:TaxAmount currencyID='EUR'>36.10</cbc:TaxAmount></cac:TaxTotal>"), () => UblFixture.Valid().Insert(".", "<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode><cac:TaxTotal><cbc:TaxAmount currencyID='USD'>40.00</cbc:TaxAmount></cac:TaxTotal>")),

        // BR-CO-15 (CII): without an invoice currency code the official test holds ("every" over nothing).
        RuleCases.Pair(Family, "BR-CO-15", "CII", () => UblFixture.ValidCii().Set($"{Summation}/ram:GrandTotalAmount", "227.10"), () => UblFixture.ValidCii().Remove($"{Settlement}/ram:InvoiceCurrencyCode")),

        // Seller VAT identifier in CII: only schemeID VA (or FC, a tax registration) counts for BR-S-02.
        RuleCases.Pair(Family, "BR-S-02", "CII", () => UblFixture.ValidCii().SetAttribute($"{Agreement}/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", "schemeID", "XX"), () => UblFixture.ValidCii().SetAttribute($"{Agreement}/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", "schemeID", "FC")),

        // BR-61: an account identifier that is present but empty is present.
        RuleCases.Pair(Family, "BR-61", "UBL", () => UblFixture.Valid().Remove("cac:PaymentMeans/cac:PayeeFinancialAccount"), () => UblFixture.Valid().Set("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", string.Empty)),
        RuleCases.Pair(Family, "BR-61", "CII", () => UblFixture.ValidCii().Remove($"{Means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID").Insert($"{Means}/ram:PayeePartyCreditorFinancialAccount", "<ram:AccountName>Main</ram:AccountName>"), () => UblFixture.ValidCii().Set($"{Means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID", string.Empty)),

        // BR-CO-26: without a seller element the official context is absent and the rule does not fire.
        RuleCases.Pair(Family, "BR-CO-26", "UBL", () => UblFixture.Valid().Remove($"{Supplier}/cac:PartyTaxScheme"), () => UblFixture.Valid().Remove("cac:AccountingSupplierParty")),
        RuleCases.Pair(Family, "BR-CO-26", "CII", () => UblFixture.ValidCii().Remove($"{Agreement}/ram:SellerTradeParty/ram:SpecifiedTaxRegistration"), () => UblFixture.ValidCii().Remove($"{Agreement}/ram:SellerTradeParty")),

        // BR-03: a malformed issue date is present (only the date-format rule judges its form).
        RuleCases.Pair(Family, "BR-03", "UBL", () => UblFixture.Valid().Remove("cbc:IssueDate"), () => UblFixture.Valid().Set("cbc:IssueDate", "123")),
        RuleCases.Pair(Family, "BR-03", "CII", () => UblFixture.ValidCii().Remove("rsm:ExchangedDocument/ram:IssueDateTime"), () => UblFixture.ValidCii().Set("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", "123")),

        // BR-54: a property without a name fires; an empty value is present.
        RuleCases.Pair(Family, "BR-54", "UBL", () => UblFixture.Valid().Insert("cac:InvoiceLine/cac:Item", "<cac:AdditionalItemProperty><cbc:Value>Red</cbc:Value></cac:AdditionalItemProperty>"), () => UblFixture.Valid().Insert("cac:InvoiceLine/cac:Item", "<cac:AdditionalItemProperty><cbc:Name>Colour</cbc:Name><cbc:Value/></cac:AdditionalItemProperty>")),
        RuleCases.Pair(Family, "BR-54", "CII", () => UblFixture.ValidCii().Insert(Product, "<ram:ApplicableProductCharacteristic><ram:Value>Red</ram:Value></ram:ApplicableProductCharacteristic>"), () => UblFixture.ValidCii().Insert(Product, "<ram:ApplicableProductCharacteristic><ram:Description>Colour</ram:Description><ram:Value/></ram:ApplicableProductCharacteristic>")),

        // BR-12: a totals group without the line total fires, whatever else it lacks.
        RuleCases.Pair(Family, "BR-12", "UBL", () => UblFixture.Valid().Remove("cac:LegalMonetaryTotal/cbc:LineExtensionAmount").Remove("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"), () => UblFixture.Valid()),

        // BR-13 in OIOUBL: TaxExclusiveAmount holds the tax total there (not BT-109), but the element is present.
        RuleCases.Corpus(Family, "BR-13", "UBL", "oioubl/convert_happy-path_real.xml", InvoiceHub.EInvoicing.Validation.ValidationProfile.En16931,
            f => f.Remove("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")),
    ];
}
