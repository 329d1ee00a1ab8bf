using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-24: Each Invoice line charge (BG-28) shall contain an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145), or both.</summary>
internal sealed class BR_CO_24() : Rule("BR-CO-24", "Each Invoice line charge (BG-28) shall contain an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145), or both.")
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
                if (ac.IsCharge && (!M.HasReason(ac)))
                {
                    findings.Add(this, Where.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
