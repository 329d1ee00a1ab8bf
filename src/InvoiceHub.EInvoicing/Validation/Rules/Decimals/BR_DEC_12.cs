using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-12: The allowed maximum number of decimals for the Invoice total amount without VAT (BT-109) is 2.</summary>
internal sealed class BR_DEC_12() : Rule("BR-DEC-12", "The allowed maximum number of decimals for the Invoice total amount without VAT (BT-109) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.HasMoreThanTwoDecimals(i.Totals.TaxExclusive))
        {
            findings.Add(this, FindingLocation.Totals(c));
        }
    }
}
