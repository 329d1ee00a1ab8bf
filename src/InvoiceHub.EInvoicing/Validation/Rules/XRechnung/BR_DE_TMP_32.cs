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
                Assert(findings, trade, trade.Has("ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime")
                    || trade.Has("ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod")
                    || trade.AllAt("ram:IncludedSupplyChainTradeLineItem").All(l => l.Has("ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod")));
            }
        }
        else
        {
            Assert(findings, root, root.Has("cac:Delivery/cbc:ActualDeliveryDate") || root.Has("cac:InvoicePeriod") || XRechnungCommon.UblLines(root).All(l => l.Has("cac:InvoicePeriod")));
        }
    }
}
