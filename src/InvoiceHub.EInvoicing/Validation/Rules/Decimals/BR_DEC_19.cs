using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-19: The allowed maximum number of decimals for the VAT category taxable amount (BT-116) is 2.</summary>
internal sealed class BR_DEC_19() : Rule("BR-DEC-19", "The allowed maximum number of decimals for the VAT category taxable amount (BT-116) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (ModelChecks.HasMoreThanTwoDecimals(b.TaxableAmount))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
