using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-46: Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).</summary>
internal sealed class BR_46() : Rule("BR-46", "Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (b.TaxAmount is null)
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
