using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-14: The allowed maximum number of decimals for the Invoice total amount with VAT (BT-112) is 2.</summary>
internal sealed class BR_DEC_14() : Rule("BR-DEC-14", "The allowed maximum number of decimals for the Invoice total amount with VAT (BT-112) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.TaxInclusive))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
