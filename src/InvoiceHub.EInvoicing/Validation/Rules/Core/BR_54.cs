using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-54: Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).</summary>
internal sealed class BR_54() : Rule("BR-54", "Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Item.Attributes.Any(a => !M.Text(a.Name) || !M.Text(a.Value)))
            {
                findings.Add(this, Where.Line(c, n));
            }
        }
    }
}
