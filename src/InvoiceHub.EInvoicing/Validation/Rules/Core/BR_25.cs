using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-25: Each Invoice line (BG-25) shall contain the Item name (BT-153).</summary>
internal sealed class BR_25() : Rule("BR-25", "Each Invoice line (BG-25) shall contain the Item name (BT-153).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (!ModelChecks.NotBlank(line.Item.Name))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
