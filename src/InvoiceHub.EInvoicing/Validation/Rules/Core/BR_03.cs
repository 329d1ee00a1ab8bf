using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-03: An Invoice shall have an Invoice issue date (BT-2).</summary>
internal sealed class BR_03() : Rule("BR-03", "An Invoice shall have an Invoice issue date (BT-2).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.IssueDate is null)
        {
            findings.Add(this, Where.Root(c));
        }
    }
}
