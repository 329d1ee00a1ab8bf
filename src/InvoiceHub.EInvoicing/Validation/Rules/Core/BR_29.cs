using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-29: If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are given then the Invoicing period end date (BT-74) shall be later or equal to the Invoicing period start date (BT-73).</summary>
internal sealed class BR_29() : Rule("BR-29", "If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are given then the Invoicing period end date (BT-74) shall be later or equal to the Invoicing period start date (BT-73).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Cii } xml)
        {
            foreach (var period in xml.Named(Ns.Ram + "BillingSpecifiedPeriod").Where(p => p.Parent?.Name == Ns.Ram + "ApplicableHeaderTradeSettlement"))
            {
                if (CoreXml.CiiPeriodFails(period))
                {
                    findings.Add(this, XmlLocation.Of(period));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (i.InvoicingPeriod is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            findings.Add(this, FindingLocation.InvoicePeriod(c));
        }
    }
}
