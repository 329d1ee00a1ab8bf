using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-11: The allowed maximum number of decimals for the Sum of charges on document level (BT-108) is 2.</summary>
internal sealed class BR_DEC_11() : Rule("BR-DEC-11", "The allowed maximum number of decimals for the Sum of charges on document level (BT-108) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.ChargeTotal))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
