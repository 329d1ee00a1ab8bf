namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The VAT category rules where the official XPath and a reading of the model could differ: a line's category is its
/// <c>Item/ClassifiedTaxCategory</c> only (a category in the line's own TaxTotal, as OIOUBL writes it, is none), and a
/// category under a scheme other than VAT (GST, OIOUBL's <c>63</c>) counts exactly where the official test has no scheme
/// filter. Each pair is judged by the official validator in <c>OfficialAgreementTests</c>.
/// </summary>
internal static class VatSchemeRuleCases
{
    private const string Family = "VatScheme";
    private const string Line = "cac:InvoiceLine";
    private const string LineCategory = Line + "/cac:Item/cac:ClassifiedTaxCategory";
    private const string Allowance = "cac:AllowanceCharge";
    private const string Subtotal = "cac:TaxTotal/cac:TaxSubtotal";
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Trade = "rsm:SupplyChainTradeTransaction";
    private const string Settlement = Trade + "/ram:ApplicableHeaderTradeSettlement";
    private const string LineTax = Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax";
    private const string SellerRegistration = Trade + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration";

    // An OIOUBL-style line tax total: category S at 0 % in the line's TaxTotal, not in its item.
    private const string LineTaxTotal = "<cac:TaxTotal><cbc:TaxAmount currencyID='EUR'>0.00</cbc:TaxAmount><cac:TaxSubtotal>"
        + "<cbc:TaxableAmount currencyID='EUR'>200.00</cbc:TaxableAmount><cbc:TaxAmount currencyID='EUR'>0.00</cbc:TaxAmount>"
        + "<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>"
        + "</cac:TaxSubtotal></cac:TaxTotal>";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() =>
    [
        // BR-S-01 (UBL) counts S under any scheme: everything under GST without a breakdown fires, with one it does not.
        RuleCases.Pair(Family, "BR-S-01", "UBL", () => Gst(UblFixture.Valid()).Remove(Subtotal), () => Gst(UblFixture.Valid())),

        // BR-S-02 (UBL): an S line under another scheme breaks the rule (its "not used" half counts any scheme).
        RuleCases.Pair(Family, "BR-S-02", "UBL", () => UblFixture.Valid().Set($"{LineCategory}/cac:TaxScheme/cbc:ID", "GST"), () => UblFixture.Valid()),

        // BR-S-02 (UBL): a seller PartyTaxScheme/CompanyID that is present but empty is present.
        RuleCases.Pair(Family + "Presence", "BR-S-02", "UBL", () => UblFixture.Valid().Remove($"{Supplier}/cac:PartyTaxScheme"), () => UblFixture.Valid().Set($"{Supplier}/cac:PartyTaxScheme/cbc:CompanyID", string.Empty)),

        // BR-E-02 (UBL): an E line under another scheme is outside the rule (its "not used" half is under VAT).
        RuleCases.Pair(Family, "BR-E-02", "UBL", () => Exempt(UblFixture.Valid(), "VAT"), () => Exempt(UblFixture.Valid(), "GST")),

        // BR-G-02 (UBL): only a seller VAT identifier under the VAT scheme counts for export.
        RuleCases.Pair(Family, "BR-G-02", "UBL", () => Export(UblFixture.Valid()).Set($"{Supplier}/cac:PartyTaxScheme/cac:TaxScheme/cbc:ID", "GST"), () => Export(UblFixture.Valid())),

        // BR-S-05 (UBL): the line's category is its item's; a 0 % category in the line's TaxTotal is not judged.
        RuleCases.Pair(Family, "BR-S-05", "UBL", () => UblFixture.Valid().Set($"{LineCategory}/cbc:Percent", "0"), () => UblFixture.Valid().Remove(LineCategory).Insert(Line, LineTaxTotal)),

        // BR-CO-04 (UBL): a category only in the line's TaxTotal does not categorize the line; an empty item category ID does.
        RuleCases.Pair(Family, "BR-CO-04", "UBL", () => UblFixture.Valid().Remove(LineCategory).Insert(Line, LineTaxTotal), () => UblFixture.Valid().Set($"{LineCategory}/cbc:ID", string.Empty)),

        // BR-CO-04 (UBL): an item category under another scheme does not categorize the line.
        RuleCases.Pair(Family + "Other", "BR-CO-04", "UBL", () => UblFixture.Valid().Set($"{LineCategory}/cac:TaxScheme/cbc:ID", "63"), () => UblFixture.Valid().Set($"{LineCategory}/cac:TaxScheme/cbc:ID", " vat ")),

        // BR-S-08 (UBL): a line whose category is only in its TaxTotal is not in the S sum.
        RuleCases.Pair(Family, "BR-S-08", "UBL", () => UblFixture.Valid().Remove(LineCategory).Insert(Line, LineTaxTotal), () => UblFixture.Valid()),

        // BR-Z-01 (UBL): a Z breakdown without Z lines holds (the breakdown's own TaxCategory counts as use); two do not.
        RuleCases.Pair(Family, "BR-Z-01", "UBL", () => ZeroBreakdown(ZeroBreakdown(UblFixture.Valid())), () => ZeroBreakdown(UblFixture.Valid())),

        // BR-O-12 (UBL): a line category of another scheme is not "another VAT category".
        RuleCases.Pair(Family, "BR-O-12", "UBL", () => NotSubject(UblFixture.Valid(), "S", "VAT"), () => NotSubject(UblFixture.Valid(), "S", "GST")),

        // BR-S-01 (CII) counts S trade taxes whatever their type code: a GST line tax alone (one S in all) fires.
        RuleCases.Pair(Family, "BR-S-01", "CII", () => UblFixture.ValidCii().Remove($"{Settlement}/ram:ApplicableTradeTax").Set($"{LineTax}/ram:TypeCode", "GST"), () => UblFixture.ValidCii().Set($"{LineTax}/ram:TypeCode", "GST")),

        // BR-S-02 (CII): a line tax of another type code is not the rule's context.
        RuleCases.Pair(Family, "BR-S-02", "CII", () => UblFixture.ValidCii().Remove(SellerRegistration), () => UblFixture.ValidCii().Remove(SellerRegistration).Set($"{LineTax}/ram:TypeCode", "GST")),

        // BR-S-05 (CII): the rate of a GST line tax is not judged.
        RuleCases.Pair(Family, "BR-S-05", "CII", () => UblFixture.ValidCii().Set($"{LineTax}/ram:RateApplicablePercent", "0"), () => UblFixture.ValidCii().Set($"{LineTax}/ram:RateApplicablePercent", "0").Set($"{LineTax}/ram:TypeCode", "GST")),

        // BR-CO-04 (CII): a line tax of another type code does not categorize the line.
        RuleCases.Pair(Family, "BR-CO-04", "CII", () => UblFixture.ValidCii().Set($"{LineTax}/ram:TypeCode", "GST"), () => UblFixture.ValidCii().Set($"{LineTax}/ram:TypeCode", "vat")),
    ];

    // Every category of the fixture (line, allowance, breakdown) under GST.
    private static UblFixture Gst(UblFixture fixture) => fixture
        .Set($"{LineCategory}/cac:TaxScheme/cbc:ID", "GST")
        .Set($"{Allowance}/cac:TaxCategory/cac:TaxScheme/cbc:ID", "GST")
        .Set($"{Subtotal}/cac:TaxCategory/cac:TaxScheme/cbc:ID", "GST");

    // The line exempt (E, 0 %) under the given scheme, with no seller tax registration.
    private static UblFixture Exempt(UblFixture fixture, string scheme) => fixture
        .Set($"{LineCategory}/cbc:ID", "E").Set($"{LineCategory}/cbc:Percent", "0").Set($"{LineCategory}/cac:TaxScheme/cbc:ID", scheme)
        .Remove($"{Supplier}/cac:PartyTaxScheme");

    // The line an export (G, 0 %) under VAT.
    private static UblFixture Export(UblFixture fixture) => fixture
        .Set($"{LineCategory}/cbc:ID", "G").Set($"{LineCategory}/cbc:Percent", "0");

    // One more breakdown: category Z, 0 %, nothing taxable.
    private static UblFixture ZeroBreakdown(UblFixture fixture) => fixture.Insert("cac:TaxTotal",
        "<cac:TaxSubtotal><cbc:TaxableAmount currencyID='EUR'>0.00</cbc:TaxableAmount><cbc:TaxAmount currencyID='EUR'>0.00</cbc:TaxAmount>"
        + "<cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>");

    // A breakdown of category O beside the fixture's S, and the line's category (code, scheme) as given.
    private static UblFixture NotSubject(UblFixture fixture, string lineCode, string lineScheme) => fixture
        .Set($"{Subtotal}/cac:TaxCategory/cbc:ID", "O").Remove($"{Subtotal}/cac:TaxCategory/cbc:Percent")
        .Set($"{Allowance}/cac:TaxCategory/cbc:ID", "O").Remove($"{Allowance}/cac:TaxCategory/cbc:Percent")
        .Set($"{LineCategory}/cbc:ID", lineCode).Set($"{LineCategory}/cac:TaxScheme/cbc:ID", lineScheme);
}
