using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// Our OIOUBL rules (OIOUBL-01..20) on our own fixture made into an OIOUBL 2.02 invoice (UBL 2.0, OIOUBL
/// customization and profile, GLN endpoints, bank transfer 31), judged under the OIOUBL profile.
/// </summary>
internal static class OioublRuleCases
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Totals = "cac:LegalMonetaryTotal";
    private const string Code = "cac:PaymentMeans/cbc:PaymentMeansCode";

    private static readonly (string Rule, Func<UblFixture, UblFixture> Mutate)[] _cases =
    [
        ("OIOUBL-01", f => f.Remove("cbc:UBLVersionID")),
        ("OIOUBL-02", f => f.Remove("cbc:CustomizationID")),
        ("OIOUBL-03", f => f.Remove("cbc:ProfileID")),
        ("OIOUBL-04", f => f.Remove("cbc:ID")),
        ("OIOUBL-05", f => f.Remove("cbc:IssueDate")),
        ("OIOUBL-06", f => f.Remove("cbc:DocumentCurrencyCode")),
        ("OIOUBL-07", f => f.Remove("cbc:InvoiceTypeCode")),
        ("OIOUBL-08", f => f.Remove($"{Supplier}/cbc:EndpointID")),
        ("OIOUBL-09", f => f.Remove($"{Customer}/cbc:EndpointID")),
        ("OIOUBL-10", f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "XX:NOPE")),
        ("OIOUBL-11", f => f.Set(Code, "30")),
        ("OIOUBL-12", f => f.Set(Code, "93")),
        ("OIOUBL-13", f => f.Set(Code, "50")),
        ("OIOUBL-14", f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount")),
        ("OIOUBL-15", f => f.Set(Code, "49")),
        ("OIOUBL-16", f => f.Remove($"{Totals}/cbc:PayableAmount")),
        ("OIOUBL-17", f => f.Set($"{Totals}/cbc:LineExtensionAmount", "1.00")),
        ("OIOUBL-18", f => f.Set($"{Totals}/cbc:PayableAmount", "1.00")),
        ("OIOUBL-19", f => f.Remove("cac:InvoiceLine")),
        ("OIOUBL-20", f => f.Remove("cac:InvoiceLine/cbc:ID")),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() => _cases.Select(c => RuleCases.Ubl("Oioubl", c.Rule, c.Mutate, Base, ValidationProfile.Oioubl));

    /// <summary>Our valid fixture as an OIOUBL 2.02 invoice.</summary>
    private static UblFixture Base() =>
        UblFixture.Valid()
            .Insert(".", "<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:ProfileID>Procurement-BilSim-1.0</cbc:ProfileID>")
            .Set("cbc:CustomizationID", "OIOUBL-2.02")
            .Insert(Customer, "<cbc:EndpointID schemeID='GLN'>5790000000005</cbc:EndpointID>")
            .Set(Code, "31");
}
