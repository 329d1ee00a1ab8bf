using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-16: Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).</summary>
internal sealed class BR_CO_16() : Rule("BR-CO-16", "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (UblTotalsGroups.Check(this, context, findings, UblTotalsGroups.PayableHolds))
        {
            return;
        }

        var c = context;
        var i = context.Invoice;
        if (ModelChecks.TotalsJudged(c) && !ModelChecks.PayableMatches(c))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
