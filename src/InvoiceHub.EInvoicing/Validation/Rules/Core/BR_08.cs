using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-08: An Invoice shall contain the Seller postal address (BG-5).</summary>
internal sealed class BR_08() : Rule("BR-08", "An Invoice shall contain the Seller postal address (BG-5).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Seller.Address is null)
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
