using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-47: Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).</summary>
internal sealed class BR_47() : Rule("BR-47", "Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (!ModelChecks.NotBlank(b.CategoryCode) || !Categories.IsVatScheme(b.TaxScheme))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
