using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-24: Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).</summary>
internal sealed class BR_24() : Rule("BR-24", "Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.NetAmount is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
