using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-19: If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.</summary>
internal sealed class BR_CO_19() : Rule("BR-CO-19", "If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;

        // The reader keeps no period without dates, so with the XML the period elements are checked as written.
        if (c.Xml is { } xml)
        {
            var periods = ModelChecks.IsCii(c)
                ? xml.Root.AllAt("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod")
                    .Where(p => !p.HasElementAt("ram:StartDateTime") && !p.HasElementAt("ram:EndDateTime"))
                : xml.Root.AllAt("cac:InvoicePeriod").Where(p => !p.HasElementAt("cbc:StartDate") && !p.HasElementAt("cbc:EndDate") && !p.HasElementAt("cbc:DescriptionCode"));
            foreach (var period in periods)
            {
                findings.Add(this, XmlLocation.Of(period));
            }

            return;
        }

        if (i.InvoicingPeriod is { StartDate: null, EndDate: null } && (ModelChecks.IsCii(c) || !ModelChecks.NotBlank(i.TaxPointDateCode)))
        {
            findings.Add(this, FindingLocation.InvoicePeriod(c));
        }
    }
}
