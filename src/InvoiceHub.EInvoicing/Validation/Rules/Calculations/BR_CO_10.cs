using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-10: Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).</summary>
internal sealed class BR_CO_10() : Rule("BR-CO-10", "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (UblTotalsGroups.Check(this, context, findings, UblTotalsGroups.LineNetHolds))
        {
            return;
        }

        var c = context;
        var i = context.Invoice;
        if (ModelChecks.TotalsJudged(c) && i.Totals.LineNet?.Amount != XPathMath.Round2(ModelChecks.SumLineNet(i)))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
