using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-38: Each Document level charge (BG-21) shall have a Document level charge reason (BT-104) or a Document level charge reason code (BT-105).</summary>
internal sealed class BR_38() : Rule("BR-38", "Each Document level charge (BG-21) shall have a Document level charge reason (BT-104) or a Document level charge reason code (BT-105).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (ac.IsCharge && (!M.HasReason(ac)))
            {
                findings.Add(this, Where.AllowanceCharge(c, n));
            }
        }
    }
}
