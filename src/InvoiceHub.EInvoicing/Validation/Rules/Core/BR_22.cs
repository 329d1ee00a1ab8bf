using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-22: Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).</summary>
internal sealed class BR_22() : Rule("BR-22", "Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Quantity is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
