using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-14: An Invoice shall have the Invoice total amount with VAT (BT-112).</summary>
internal sealed class BR_14() : Rule("BR-14", "An Invoice shall have the Invoice total amount with VAT (BT-112).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.TotalsPresent(i) && i.Totals.TaxInclusive is null)
        {
            findings.Add(this, Where.Totals(c));
        }
    }
}
