using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-49: A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).</summary>
internal sealed class BR_49() : Rule("BR-49", "A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.PaymentInstructions.Count; n++)
        {
            var p = i.PaymentInstructions[n];
            if (!M.Text(p.MeansCode))
            {
                findings.Add(this, Where.PaymentMeans(c, n));
            }
        }
    }
}
