using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-17: VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals.</summary>
internal sealed class BR_CO_17() : Rule("BR-CO-17", "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (ModelChecks.AppliesToCiiHeaderTax(c, b) && !ModelChecks.CategoryTaxMatches(c, b))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
