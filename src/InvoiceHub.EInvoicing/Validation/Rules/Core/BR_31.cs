using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-31: Each Document level allowance (BG-20) shall have a Document level allowance amount (BT-92).</summary>
internal sealed class BR_31() : Rule("BR-31", "Each Document level allowance (BG-20) shall have a Document level allowance amount (BT-92).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (!ac.IsCharge && (ac.Amount is null))
            {
                findings.Add(this, Where.AllowanceCharge(c, n));
            }
        }
    }
}
