using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-09: The allowed maximum number of decimals for the Sum of Invoice line net amount (BT-106) is 2.</summary>
internal sealed class BR_DEC_09() : Rule("BR-DEC-09", "The allowed maximum number of decimals for the Sum of Invoice line net amount (BT-106) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.LineNet))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
