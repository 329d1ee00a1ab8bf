using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// Each rule against a document that triggers it and one that does not (the valid fixture), grouped by family.
/// A case is (rule id, mutation of the valid fixture that breaks exactly that rule).
/// </summary>
public sealed class RuleFamilyTests
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Line = "cac:InvoiceLine";
    private const string Totals = "cac:LegalMonetaryTotal";
    private const string Subtotal = "cac:TaxTotal/cac:TaxSubtotal";

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _core = new()
    {
        ["BR-01"] = f => f.Remove("cbc:CustomizationID"),
        ["BR-02"] = f => f.Remove("cbc:ID"),
        ["BR-04"] = f => f.Remove("cbc:InvoiceTypeCode"),
        ["BR-05"] = f => f.Remove("cbc:DocumentCurrencyCode"),
        ["BR-06"] = f => f.Remove($"{Supplier}/cac:PartyLegalEntity/cbc:RegistrationName"),
        ["BR-07"] = f => f.Remove($"{Customer}/cac:PartyLegalEntity/cbc:RegistrationName"),
        ["BR-08"] = f => f.Remove($"{Supplier}/cac:PostalAddress"),
        ["BR-09"] = f => f.Remove($"{Supplier}/cac:PostalAddress/cac:Country"),
        ["BR-10"] = f => f.Remove($"{Customer}/cac:PostalAddress"),
        ["BR-11"] = f => f.Remove($"{Customer}/cac:PostalAddress/cac:Country"),
        ["BR-16"] = f => f.Remove(Line),
        ["BR-21"] = f => f.Remove($"{Line}/cbc:ID"),
        ["BR-22"] = f => f.Remove($"{Line}/cbc:InvoicedQuantity"),
        ["BR-23"] = f => f.SetAttribute($"{Line}/cbc:InvoicedQuantity", "unitCode", null),
        ["BR-25"] = f => f.Remove($"{Line}/cac:Item/cbc:Name"),
        ["BR-26"] = f => f.Remove($"{Line}/cac:Price/cbc:PriceAmount"),
        ["BR-27"] = f => f.Set($"{Line}/cac:Price/cbc:PriceAmount", "-1.00"),
        ["BR-33"] = f => f.Remove("cac:AllowanceCharge/cbc:AllowanceChargeReason"),
        ["BR-32"] = f => f.Remove("cac:AllowanceCharge/cac:TaxCategory"),
        ["BR-49"] = f => f.Remove("cac:PaymentMeans/cbc:PaymentMeansCode"),
        ["BR-61"] = f => f.Remove("cac:PaymentMeans/cac:PayeeFinancialAccount"),
        ["BR-62"] = f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", null),
    };

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _calculations = new()
    {
        ["BR-CO-10"] = f => f.Set($"{Totals}/cbc:LineExtensionAmount", "201.00"),
        ["BR-CO-11"] = f => f.Set($"{Totals}/cbc:AllowanceTotalAmount", "11.00"),
        ["BR-CO-13"] = f => f.Set($"{Totals}/cbc:TaxExclusiveAmount", "191.00"),
        ["BR-CO-14"] = f => f.Set("cac:TaxTotal/cbc:TaxAmount", "36.00"),
        ["BR-CO-15"] = f => f.Set($"{Totals}/cbc:TaxInclusiveAmount", "227.10"),
        ["BR-CO-16"] = f => f.Set($"{Totals}/cbc:PayableAmount", "1.00"),
        ["BR-CO-17"] = f => f.Set($"{Subtotal}/cbc:TaxAmount", "50.00"),
        ["BR-CO-18"] = f => f.Remove("cac:TaxTotal/cac:TaxSubtotal"),
        ["BR-CO-26"] = f => f.Remove($"{Supplier}/cac:PartyTaxScheme"),
        ["BR-CO-09"] = f => f.Set($"{Supplier}/cac:PartyTaxScheme/cbc:CompanyID", "QQ123"),
    };

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _decimals = new()
    {
        ["BR-DEC-01"] = f => f.Set("cac:AllowanceCharge/cbc:Amount", "10.000"),
        ["BR-DEC-09"] = f => f.Set($"{Totals}/cbc:LineExtensionAmount", "200.000"),
        ["BR-DEC-19"] = f => f.Set($"{Subtotal}/cbc:TaxableAmount", "190.000"),
        ["BR-DEC-23"] = f => f.Set($"{Line}/cbc:LineExtensionAmount", "200.000"),
    };

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _vatCategories = new()
    {
        ["BR-S-05"] = f => f.Set($"{Line}/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", "0"),
        ["BR-S-06"] = f => f.Set("cac:AllowanceCharge/cac:TaxCategory/cbc:Percent", "0"),
        ["BR-S-08"] = f => f.Set($"{Subtotal}/cbc:TaxableAmount", "150.00"),
        ["BR-S-09"] = f => f.Set($"{Subtotal}/cbc:TaxAmount", "30.00"),
        ["BR-S-10"] = f => f.Add($"{Subtotal}/cac:TaxCategory", "cbc:TaxExemptionReason", "why"),
        ["BR-S-02"] = f => f.Remove($"{Supplier}/cac:PartyTaxScheme"),
        ["BR-Z-01"] = f => f.Set($"{Line}/cac:Item/cac:ClassifiedTaxCategory/cbc:ID", "Z"),
    };

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _codeLists = new()
    {
        ["BR-CL-01"] = f => f.Set("cbc:InvoiceTypeCode", "999"),
        ["BR-CL-03"] = f => f.SetAttribute($"{Totals}/cbc:PayableAmount", "currencyID", "QQQ"),
        ["BR-CL-04"] = f => f.Set("cbc:DocumentCurrencyCode", "EURO"),
        ["BR-CL-14"] = f => f.Set($"{Customer}/cac:PostalAddress/cac:Country/cbc:IdentificationCode", "QQ"),
        ["BR-CL-16"] = f => f.Set("cac:PaymentMeans/cbc:PaymentMeansCode", "999"),
        ["BR-CL-17"] = f => f.Set($"{Subtotal}/cac:TaxCategory/cbc:ID", "X"),
        ["BR-CL-23"] = f => f.SetAttribute($"{Line}/cbc:InvoicedQuantity", "unitCode", "NOPE"),
        ["BR-CL-25"] = f => f.SetAttribute($"{Supplier}/cbc:EndpointID", "schemeID", "9999"),
    };

    private static readonly Dictionary<string, Func<UblFixture, UblFixture>> _ublSyntax = new()
    {
        ["UBL-SR-08"] = f => f.Add(".", "cac:InvoicePeriod", string.Empty).Add(".", "cac:InvoicePeriod", string.Empty),
        ["UBL-SR-26"] = f => f.Add("cac:PaymentMeans", "cbc:PaymentID", "a").Add("cac:PaymentMeans", "cbc:PaymentID", "a"),
        ["UBL-SR-34"] = f => f.Add(Line, "cbc:Note", "a").Add(Line, "cbc:Note", "b"),
        ["UBL-SR-48"] = f => f.Duplicate($"{Line}/cac:Item/cac:ClassifiedTaxCategory"),
        ["UBL-DT-01"] = f => f.Set($"{Line}/cbc:LineExtensionAmount", "200.001"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (family, cases) in Families())
        {
            foreach (var rule in cases.Keys)
            {
                data.Add(family, rule);
            }
        }

        return data;
    }

    [Fact]
    public void Validate_ValidFixture_FiresNoFatalRule()
    {
        var result = InvoiceValidator.Validate(UblFixture.Valid().ToBytes(), ValidationProfile.En16931).Result!;

        result.Findings.Where(f => f.Severity == Severity.Fatal).Select(f => $"{f.Rule} at {f.Location}").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_WhenMutationBreaksTheRule_RuleFires_AndDoesNotFireOnTheValidFixture(string family, string rule)
    {
        var mutate = Families().Single(f => f.Family == family).Cases[rule];

        var broken = InvoiceValidator.Validate(mutate(UblFixture.Valid()).ToBytes(), ValidationProfile.En16931).Result!;
        var valid = InvoiceValidator.Validate(UblFixture.Valid().ToBytes(), ValidationProfile.En16931).Result!;

        broken.Findings.Select(f => f.Rule).ShouldContain(rule);
        valid.Findings.Select(f => f.Rule).ShouldNotContain(rule);
    }

    private static IEnumerable<(string Family, Dictionary<string, Func<UblFixture, UblFixture>> Cases)> Families() =>
    [
        ("Core", _core), ("Calculations", _calculations), ("Decimals", _decimals), ("VatCategories", _vatCategories),
        ("CodeLists", _codeLists), ("UblSyntax", _ublSyntax),
    ];
}
