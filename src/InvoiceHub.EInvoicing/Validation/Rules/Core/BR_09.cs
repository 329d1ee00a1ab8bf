using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-09: The Seller postal address (BG-5) shall contain a Seller country code (BT-40).</summary>
internal sealed class BR_09() : Rule("BR-09", "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if ((i.Seller.Address is null && M.Cii(c)) || (i.Seller.Address is not null && !M.Text(i.Seller.Address.CountryCode)))
        {
            findings.Add(this, Where.Seller(c));
        }
    }
}
