using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-07: An Invoice shall contain the Buyer name (BT-44).</summary>
internal sealed class BR_07() : Rule("BR-07", "An Invoice shall contain the Buyer name (BT-44).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.Buyer.Name))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
