using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-27: The allowed maximum number of decimals for the Invoice line charge amount (BT-141) is 2.</summary>
internal sealed class BR_DEC_27() : Rule("BR-DEC-27", "The allowed maximum number of decimals for the Invoice line charge amount (BT-141) is 2.")
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
                if (ac.IsCharge && (ModelChecks.HasMoreThanTwoDecimals(ac.Amount)))
                {
                    findings.Add(this, FindingLocation.LineAllowanceCharge(c, l, n));
                }
            }
        }
    }
}
