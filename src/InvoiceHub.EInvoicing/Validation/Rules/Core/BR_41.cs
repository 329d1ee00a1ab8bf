using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-41: Each Invoice line allowance (BG-27) shall have an Invoice line allowance amount (BT-136).</summary>
internal sealed class BR_41() : Rule("BR-41", "Each Invoice line allowance (BG-27) shall have an Invoice line allowance amount (BT-136).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var l = 0; l < i.Lines.Count; l++)
        {
            for (var n = 0; n < i.Lines[l].AllowancesCharges.Count; n++)
            {
                var ac = i.Lines[l].AllowancesCharges[n];
                if (!ac.IsCharge && (ac.Amount is null))
                {
                    findings.Add(this, Where.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
