using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-21: Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).</summary>
internal sealed class BR_21() : Rule("BR-21", "Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (!ModelChecks.NotBlank(line.Id))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
