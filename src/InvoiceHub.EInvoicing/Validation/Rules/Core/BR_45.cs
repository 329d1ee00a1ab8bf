using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-45: Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).</summary>
internal sealed class BR_45() : Rule("BR-45", "Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (b.TaxableAmount is null)
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
