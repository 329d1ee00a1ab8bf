using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-17: The allowed maximum number of decimals for the rounding amount (BT-114) is 2.</summary>
internal sealed class BR_DEC_17() : Rule("BR-DEC-17", "The allowed maximum number of decimals for the rounding amount (BT-114) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.Rounding))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
