using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-09: the VAT category tax amount is zero, or taxable amount times rate for the rated categories.</summary>
internal sealed class CategoryTaxAmountRule(VatCategory category)
    : Rule(category.Id(9), category.ZeroTax
        ? $"The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) equals \"{category.Name}\" shall equal 0 (zero)."
        : $"The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is \"{category.Name}\" shall equal the VAT category taxable amount (BT-116) multiplied by the VAT category rate (BT-119).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (category.IsBreakdown(context, b) && !Holds(context, b))
            {
                findings.Add(this, FindingLocation.VatBreakdown(context, n));
            }
        }
    }

    private bool Holds(ValidationContext context, Model.VatBreakdown b)
    {
        if (ModelChecks.IsCii(context) && category.Code is "L" or "M")
        {
            return true; // the CII binding states BR-AF-09 and BR-AG-09 as true()
        }

        var tax = b.TaxAmount?.Amount;
        if (category.ZeroTax)
        {
            return tax == 0m;
        }

        if (tax is null || b.TaxableAmount is null || b.Rate is null)
        {
            return false;
        }

        var expected = ModelChecks.IsCii(context)
            ? XPathMath.Round(Math.Abs(b.TaxableAmount.Value.Amount) * b.Rate.Value) / 100m
            : XPathMath.Round2(Math.Abs(b.TaxableAmount.Value.Amount) * (b.Rate.Value / 100m));
        var actual = Math.Abs(tax.Value);
        return actual - 1 < expected && actual + 1 > expected;
    }
}
