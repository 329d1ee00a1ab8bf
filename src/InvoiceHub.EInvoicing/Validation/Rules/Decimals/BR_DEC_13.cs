using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-13: The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.</summary>
internal sealed class BR_DEC_13() : Rule("BR-DEC-13", "The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.Cii(c) ? i.Totals.Tax is { } t && XPathMath.Round2(t.Amount) != t.Amount : M.Dec(i.Totals.Tax))
        {
            findings.Add(this, Where.TaxTotal(c));
        }
    }
}
