using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-16: The allowed maximum number of decimals for the Paid amount (BT-113) is 2.</summary>
internal sealed class BR_DEC_16() : Rule("BR-DEC-16", "The allowed maximum number of decimals for the Paid amount (BT-113) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.Prepaid))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
