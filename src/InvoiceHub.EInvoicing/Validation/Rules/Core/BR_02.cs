using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-02: An Invoice shall have an Invoice number (BT-1).</summary>
internal sealed class BR_02() : Rule("BR-02", "An Invoice shall have an Invoice number (BT-1).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.Number))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
