using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-13: An Invoice shall have the Invoice total amount without VAT (BT-109).</summary>
internal sealed class BR_13() : Rule("BR-13", "An Invoice shall have the Invoice total amount without VAT (BT-109).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.TotalsPresent(i) && i.Totals.TaxExclusive is null)
        {
            findings.Add(this, Where.Totals(c));
        }
    }
}
