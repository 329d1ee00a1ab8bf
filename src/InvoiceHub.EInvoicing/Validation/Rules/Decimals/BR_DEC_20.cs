using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-20: The allowed maximum number of decimals for the VAT category tax amount (BT-117) is 2.</summary>
internal sealed class BR_DEC_20() : Rule("BR-DEC-20", "The allowed maximum number of decimals for the VAT category tax amount (BT-117) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (ModelChecks.HasMoreThanTwoDecimals(b.TaxAmount))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
