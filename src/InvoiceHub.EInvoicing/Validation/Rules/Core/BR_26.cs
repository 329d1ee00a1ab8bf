using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-26: Each Invoice line (BG-25) shall contain the Item net price (BT-146).</summary>
internal sealed class BR_26() : Rule("BR-26", "Each Invoice line (BG-25) shall contain the Item net price (BT-146).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Price?.NetPrice is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
