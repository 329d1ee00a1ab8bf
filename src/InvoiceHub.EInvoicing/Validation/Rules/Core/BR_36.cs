using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-36: Each Document level charge (BG-21) shall have a Document level charge amount (BT-99).</summary>
internal sealed class BR_36() : Rule("BR-36", "Each Document level charge (BG-21) shall have a Document level charge amount (BT-99).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (ac.IsCharge && (ac.Amount is null))
            {
                findings.Add(this, Where.AllowanceCharge(c, n));
            }
        }
    }
}
