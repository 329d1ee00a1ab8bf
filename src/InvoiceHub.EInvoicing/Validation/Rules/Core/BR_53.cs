using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-53: If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.</summary>
internal sealed class BR_53() : Rule("BR-53", "If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (ModelChecks.NotBlank(i.TaxCurrencyCode) && !ModelChecks.HasTaxInTaxCurrency(c))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
