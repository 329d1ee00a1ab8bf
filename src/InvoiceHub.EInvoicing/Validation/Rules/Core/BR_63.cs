using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-63: The Buyer electronic address (BT-49) shall have a Scheme identifier.</summary>
internal sealed class BR_63() : Rule("BR-63", "The Buyer electronic address (BT-49) shall have a Scheme identifier.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Buyer.ElectronicAddress is not null && !M.Text(i.Buyer.ElectronicAddress.SchemeId))
        {
            findings.Add(this, Where.Buyer(c));
        }
    }
}
