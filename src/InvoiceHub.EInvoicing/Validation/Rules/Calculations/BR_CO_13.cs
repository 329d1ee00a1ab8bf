using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-13: Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108).</summary>
internal sealed class BR_CO_13() : Rule("BR-CO-13", "Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (UblTotalsGroups.Check(this, context, findings, UblTotalsGroups.TaxExclusiveHolds))
        {
            return;
        }

        var c = context;
        var i = context.Invoice;
        if (ModelChecks.TotalsJudged(c) && !ModelChecks.TaxExclusiveMatches(c))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
