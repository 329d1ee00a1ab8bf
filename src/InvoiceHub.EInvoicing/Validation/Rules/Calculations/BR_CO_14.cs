using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-14: Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).</summary>
internal sealed class BR_CO_14() : Rule("BR-CO-14", "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!M.TaxTotalMatches(c))
        {
            findings.Add(this, Where.TaxTotal(c));
        }
    }
}
