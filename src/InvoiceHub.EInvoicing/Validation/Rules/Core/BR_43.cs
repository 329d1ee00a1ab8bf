using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-43: Each Invoice line charge (BG-28) shall have an Invoice line charge amount (BT-141).</summary>
internal sealed class BR_43() : Rule("BR-43", "Each Invoice line charge (BG-28) shall have an Invoice line charge amount (BT-141).")
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
                if (ac.IsCharge && (ac.Amount is null))
                {
                    findings.Add(this, Where.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
