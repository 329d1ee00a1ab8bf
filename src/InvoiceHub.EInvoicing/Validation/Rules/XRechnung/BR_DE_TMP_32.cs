using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-TMP-32: Delivery date (BT-72), invoicing period (BG-14) or a period on every line (BG-26) should be provided.</summary>
internal sealed class BR_DE_TMP_32() : XmlRule("BR-DE-TMP-32", "Delivery date (BT-72), invoicing period (BG-14) or a period on every line (BG-26) should be provided.", Severity.Information)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            var trade = root.FirstAt(XRechnungCommon.Trade);
            if (trade is not null)
            {
                Assert(findings, trade, trade.HasElementAt("ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime")
                    || trade.HasElementAt("ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod")
                    || trade.AllAt("ram:IncludedSupplyChainTradeLineItem").All(l => l.HasElementAt("ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod")));
            }
        }
        else
        {
            Assert(findings, root, root.HasElementAt("cac:Delivery/cbc:ActualDeliveryDate") || root.HasElementAt("cac:InvoicePeriod") || XRechnungCommon.UblLines(root).All(l => l.HasElementAt("cac:InvoicePeriod")));
        }
    }
}
