using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-23: An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).</summary>
internal sealed class BR_23() : Rule("BR-23", "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Quantity?.UnitCode is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
