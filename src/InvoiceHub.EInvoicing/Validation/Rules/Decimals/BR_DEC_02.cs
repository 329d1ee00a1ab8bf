using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-02: The allowed maximum number of decimals for the Document level allowance base amount (BT-93) is 2.</summary>
internal sealed class BR_DEC_02() : Rule("BR-DEC-02", "The allowed maximum number of decimals for the Document level allowance base amount (BT-93) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (!ac.IsCharge && (ModelChecks.HasMoreThanTwoDecimals(ac.BaseAmount)))
            {
                findings.Add(this, FindingLocation.AllowanceCharge(c, n));
            }
        }
    }
}
