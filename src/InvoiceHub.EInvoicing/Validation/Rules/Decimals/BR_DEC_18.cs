using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-18: The allowed maximum number of decimals for the Amount due for payment (BT-115) is 2.</summary>
internal sealed class BR_DEC_18() : Rule("BR-DEC-18", "The allowed maximum number of decimals for the Amount due for payment (BT-115) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.Payable))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
