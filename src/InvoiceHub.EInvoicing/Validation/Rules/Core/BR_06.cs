using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-06: An Invoice shall contain the Seller name (BT-27).</summary>
internal sealed class BR_06() : Rule("BR-06", "An Invoice shall contain the Seller name (BT-27).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.Seller.Name))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
