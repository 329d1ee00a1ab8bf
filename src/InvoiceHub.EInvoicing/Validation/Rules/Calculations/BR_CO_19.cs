using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-19: If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.</summary>
internal sealed class BR_CO_19() : Rule("BR-CO-19", "If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.InvoicingPeriod is { StartDate: null, EndDate: null } && (M.Cii(c) || !M.Text(i.TaxPointDateCode)))
        {
            findings.Add(this, Where.InvoicePeriod(c));
        }
    }
}
