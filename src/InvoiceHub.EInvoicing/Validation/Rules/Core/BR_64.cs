using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-64: The Item standard identifier (BT-157) shall have a Scheme identifier.</summary>
internal sealed class BR_64() : Rule("BR-64", "The Item standard identifier (BT-157) shall have a Scheme identifier.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Item.StandardId is not null && !ModelChecks.NotBlank(line.Item.StandardId.SchemeId))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
