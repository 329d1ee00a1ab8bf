using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-23: Each Invoice line allowance (BG-27) shall contain an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140), or both.</summary>
internal sealed class BR_CO_23() : Rule("BR-CO-23", "Each Invoice line allowance (BG-27) shall contain an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140), or both.")
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
                if (!ac.IsCharge && (!M.HasReason(ac)))
                {
                    findings.Add(this, Where.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
