using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-28: The allowed maximum number of decimals for the Invoice line charge base amount (BT-142) is 2.</summary>
internal sealed class BR_DEC_28() : Rule("BR-DEC-28", "The allowed maximum number of decimals for the Invoice line charge base amount (BT-142) is 2.")
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
                if (ac.IsCharge && (ModelChecks.HasMoreThanTwoDecimals(ac.BaseAmount)))
                {
                    findings.Add(this, FindingLocation.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
