using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-16: An Invoice shall have at least one Invoice line (BG-25).</summary>
internal sealed class BR_16() : Rule("BR-16", "An Invoice shall have at least one Invoice line (BG-25).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Lines.Count == 0)
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
