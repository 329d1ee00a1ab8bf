using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-10: An Invoice shall contain the Buyer postal address (BG-8).</summary>
internal sealed class BR_10() : Rule("BR-10", "An Invoice shall contain the Buyer postal address (BG-8).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Buyer.Address is null)
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
