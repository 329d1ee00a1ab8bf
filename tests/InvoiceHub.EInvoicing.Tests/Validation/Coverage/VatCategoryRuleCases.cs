using System.Globalization;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The VAT category families (BR-S, -Z, -E, -AE, -IC, -G, -O, -AF, -AG, rules 01 to 10, and the family specials):
/// our valid fixture turned into a valid invoice of each category (a line, an allowance and a charge of the category,
/// its breakdown and the registrations it needs), then one breach per rule. UBL, and CII through our writer.
/// </summary>
internal static class VatCategoryRuleCases
{
    private const string Supplier = "cac:AccountingSupplierParty/cac:Party";
    private const string Customer = "cac:AccountingCustomerParty/cac:Party";
    private const string Line = "cac:InvoiceLine";
    private const string LineCategory = Line + "/cac:Item/cac:ClassifiedTaxCategory";
    private const string Totals = "cac:LegalMonetaryTotal";
    private const string Subtotal = "cac:TaxTotal/cac:TaxSubtotal";
    private const string Vat = "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>";
    private const string SellerVat = "<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID>" + Vat + "</cac:PartyTaxScheme>";

    private static readonly Category[] _categories =
    [
        new("BR-S", "S", "19", null, "0"),
        new("BR-Z", "Z", "0", null, "5"),
        new("BR-E", "E", "0", "Exempt", "5"),
        new("BR-AE", "AE", "0", "Reverse charge", "5"),
        new("BR-IC", "K", "0", "Intra-community supply", "5"),
        new("BR-G", "G", "0", "Export outside the EU", "5"),
        new("BR-O", "O", null, "Not subject to VAT", "0"),
        new("BR-AF", "L", "7", null, "-1"),
        new("BR-AG", "M", "7", null, "-1"),
    ];

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All()
    {
        foreach (var category in _categories)
        {
            UblFixture Base() => category.Base();
            foreach (var (number, mutate) in Breaches(category))
            {
                var rule = $"{category.Prefix}-{number:00}";
                yield return RuleCases.Ubl("VatCategories", rule, mutate, Base);
                if (rule is not ("BR-AF-09" or "BR-AG-09" or "BR-AF-08" or "BR-AG-08"))
                {
                    // Stated so that they cannot fail in the official CII binding: see the untestable list of RuleCoverageTests.
                    yield return RuleCases.CiiConverted("VatCategories", rule, mutate, Base);
                }
            }
        }

        var intraCommunity = _categories.Single(c => c.Code == "K");
        var notSubject = _categories.Single(c => c.Code == "O");
        (string Rule, Category? Base, Func<UblFixture, UblFixture> Mutate)[] specials =
        [
            ("BR-IC-11", intraCommunity, f => f.Remove("cac:Delivery/cbc:ActualDeliveryDate")),
            ("BR-IC-12", intraCommunity, f => f.Remove("cac:Delivery/cac:DeliveryLocation")),
            ("BR-O-11", notSubject, f => f.Insert("cac:TaxTotal", "<cac:TaxSubtotal><cbc:TaxableAmount currencyID='EUR'>0.00</cbc:TaxableAmount><cbc:TaxAmount currencyID='EUR'>0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>" + Vat + "</cac:TaxCategory></cac:TaxSubtotal>")),
            ("BR-O-12", notSubject, f => f.Set($"{LineCategory}/cbc:ID", "S")),
            ("BR-O-13", notSubject, f => DocumentLevelCategory(f, charge: false, e => e.Value = "S", "cbc:ID")),
            ("BR-O-14", notSubject, f => DocumentLevelCategory(f, charge: true, e => e.Value = "S", "cbc:ID")),
            ("BR-B-01", null, f => f.Set($"{LineCategory}/cbc:ID", "B")),
            ("BR-B-02", null, f => f.Set($"{LineCategory}/cbc:ID", "B")),
        ];
        foreach (var (rule, category, mutate) in specials)
        {
            Func<UblFixture> baseline = category is null ? UblFixture.Valid : category.Base;
            yield return RuleCases.Ubl("VatCategories", rule, mutate, baseline);
            yield return RuleCases.CiiConverted("VatCategories", rule, mutate, baseline);
        }
    }

    private static IEnumerable<(int Number, Func<UblFixture, UblFixture> Mutate)> Breaches(Category c)
    {
        var perRate = c.Code is "S" or "L" or "M";
        yield return (1, perRate ? f => f.Remove(Subtotal) : f => f.Duplicate(Subtotal));
        Func<UblFixture, UblFixture> unregistered = c.Code == "O" ? f => f.Insert(Supplier, SellerVat) : f => f.Remove($"{Supplier}/cac:PartyTaxScheme");
        yield return (2, unregistered);
        yield return (3, unregistered);
        yield return (4, unregistered);
        yield return (5, f => f.Edit(r => Rate(r.Element(Ns.Cac + "InvoiceLine")!.Element(Ns.Cac + "Item")!.Element(Ns.Cac + "ClassifiedTaxCategory")!, c.BadRate)));
        yield return (6, f => DocumentLevelCategory(f, charge: false, e => Rate(e, c.BadRate)));
        yield return (7, f => DocumentLevelCategory(f, charge: true, e => Rate(e, c.BadRate)));
        yield return (8, f => f.Set($"{Subtotal}/cbc:TaxableAmount", "100.00"));
        yield return (9, f => f.Set($"{Subtotal}/cbc:TaxAmount", c.Rate is "0" or null ? "1.00" : "50.00"));
        yield return (10, c.ExemptionReason is null
            ? f => f.Insert($"{Subtotal}/cac:TaxCategory", "<cbc:TaxExemptionReason>Exempt</cbc:TaxExemptionReason>")
            : f => f.Remove($"{Subtotal}/cac:TaxCategory/cbc:TaxExemptionReason"));
    }

    /// <summary>Changes the tax category of the document level allowance or charge.</summary>
    private static UblFixture DocumentLevelCategory(UblFixture f, bool charge, Action<XElement> change, string? child = null) =>
        f.Edit(root =>
        {
            var category = root.Elements(Ns.Cac + "AllowanceCharge")
                .Single(a => a.Element(Ns.Cbc + "ChargeIndicator")!.Value == (charge ? "true" : "false"))
                .Element(Ns.Cac + "TaxCategory")!;
            change(child is null ? category : category.Element(Ns.Name(child))!);
        });

    /// <summary>Sets (or adds) the Percent of a tax category.</summary>
    private static void Rate(XElement category, string rate)
    {
        if (category.Element(Ns.Cbc + "Percent") is { } percent)
        {
            percent.Value = rate;
        }
        else
        {
            category.Element(Ns.Cbc + "ID")!.AddAfterSelf(new XElement(Ns.Cbc + "Percent", rate));
        }
    }

    /// <summary>A VAT category and how a valid invoice of it looks.</summary>
    private sealed record Category(string Prefix, string Code, string? Rate, string? ExemptionReason, string BadRate)
    {
        /// <summary>Line 200.00, allowance 10.00 and charge 5.00 of the category: taxable 195.00.</summary>
        public UblFixture Base()
        {
            var rate = Rate is null ? 0m : decimal.Parse(Rate, CultureInfo.InvariantCulture);
            var tax = Math.Round(195m * rate / 100m, 2);
            var f = UblFixture.Valid()
                .Insert(".", BusinessRuleCases.Charge(categoryCode: Code, percent: Rate))
                .Insert(Totals, "<cbc:ChargeTotalAmount currencyID='EUR'>5.00</cbc:ChargeTotalAmount>")
                .Set($"{Totals}/cbc:TaxExclusiveAmount", "195.00")
                .Set($"{Totals}/cbc:TaxInclusiveAmount", Money(195m + tax))
                .Set($"{Totals}/cbc:PayableAmount", Money(195m + tax))
                .Set("cac:TaxTotal/cbc:TaxAmount", Money(tax))
                .Set($"{Subtotal}/cbc:TaxableAmount", "195.00")
                .Set($"{Subtotal}/cbc:TaxAmount", Money(tax));
            foreach (var path in new[] { LineCategory, "cac:AllowanceCharge/cac:TaxCategory", $"{Subtotal}/cac:TaxCategory" })
            {
                f.Set($"{path}/cbc:ID", Code);
                if (Rate is null)
                {
                    f.Remove($"{path}/cbc:Percent");
                }
                else
                {
                    f.Set($"{path}/cbc:Percent", Rate);
                }
            }

            if (ExemptionReason is not null)
            {
                f.Insert($"{Subtotal}/cac:TaxCategory", $"<cbc:TaxExemptionReason>{ExemptionReason}</cbc:TaxExemptionReason>");
            }

            if (Code is "AE" or "K")
            {
                f.Insert(Customer, "<cac:PartyTaxScheme><cbc:CompanyID>FR12345678901</cbc:CompanyID>" + Vat + "</cac:PartyTaxScheme>");
            }

            if (Code == "K")
            {
                f.Insert(".", "<cac:Delivery><cbc:ActualDeliveryDate>2025-01-10</cbc:ActualDeliveryDate><cac:DeliveryLocation><cac:Address><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>");
            }

            if (Code == "O")
            {
                f.Remove($"{Supplier}/cac:PartyTaxScheme").Insert($"{Supplier}/cac:PartyLegalEntity", "<cbc:CompanyID>HRB 12345</cbc:CompanyID>");
            }

            return f;
        }

        private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
