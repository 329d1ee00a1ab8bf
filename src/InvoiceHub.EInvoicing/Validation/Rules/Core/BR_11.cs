using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-11: The Buyer postal address shall contain a Buyer country code (BT-55).</summary>
internal sealed class BR_11() : Rule("BR-11", "The Buyer postal address shall contain a Buyer country code (BT-55).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if ((i.Buyer.Address is null && M.Cii(c)) || (i.Buyer.Address is not null && !M.Text(i.Buyer.Address.CountryCode)))
        {
            findings.Add(this, Where.Buyer(c));
        }
    }
}
