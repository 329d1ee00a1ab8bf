using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-17: The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from the Seller (BG-4).</summary>
internal sealed class BR_17() : Rule("BR-17", "The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from the Seller (BG-4).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Payee is not null && !M.PayeeDiffers(c))
        {
            findings.Add(this, Where.Payee(c));
        }
    }
}
