using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-28: The Item gross price (BT-148) shall NOT be negative.</summary>
internal sealed class BR_28() : Rule("BR-28", "The Item gross price (BT-148) shall NOT be negative.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Price?.GrossPrice is { Amount: < 0 })
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
