using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-44: Each Invoice line charge shall have an Invoice line charge reason or an invoice line allowance reason code.</summary>
internal sealed class BR_44() : Rule("BR-44", "Each Invoice line charge shall have an Invoice line charge reason or an invoice line allowance reason code.")
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
