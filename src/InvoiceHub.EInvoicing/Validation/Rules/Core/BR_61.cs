using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-61: If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.</summary>
internal sealed class BR_61() : Rule("BR-61", "If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.PaymentInstructions.Count; n++)
        {
            var p = i.PaymentInstructions[n];
            if (M.IsCreditTransfer(p) && !M.Text(p.CreditTransfer?.AccountId) && (!M.Cii(c) || p.CreditTransfer is not null))
            {
                findings.Add(this, Where.PaymentMeans(c, n));
            }
        }
    }
}
