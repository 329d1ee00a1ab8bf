using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-10: The allowed maximum number of decimals for the Sum of allowances on document level (BT-107) is 2.</summary>
internal sealed class BR_DEC_10() : Rule("BR-DEC-10", "The allowed maximum number of decimals for the Sum of allowances on document level (BT-107) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.AllowanceTotal))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
