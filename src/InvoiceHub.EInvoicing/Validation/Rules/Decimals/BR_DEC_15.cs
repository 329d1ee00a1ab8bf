using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-15: The allowed maximum number of decimals for the Invoice total VAT amount in accounting currency (BT-111) is 2.</summary>
internal sealed class BR_DEC_15() : Rule("BR-DEC-15", "The allowed maximum number of decimals for the Invoice total VAT amount in accounting currency (BT-111) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.Cii(c) ? i.Totals.TaxInTaxCurrency is { } t && XPathMath.Round2(t.Amount) != t.Amount : M.Dec(i.Totals.TaxInTaxCurrency))
        {
            findings.Add(this, Where.TaxTotal(c));
        }
    }
}
