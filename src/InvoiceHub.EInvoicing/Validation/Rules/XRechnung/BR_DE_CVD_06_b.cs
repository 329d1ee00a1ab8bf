using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-06-b: An item with a clean vehicle property (cva) shall have exactly one vehicle classification (list CVD).</summary>
internal sealed class BR_DE_CVD_06_b() : XmlRule("BR-DE-CVD-06-b", "An item with a clean vehicle property (cva) shall have exactly one vehicle classification (list CVD).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item"));
        foreach (var item in items)
        {
            Assert(findings, item, !(cii ? item.AllAt("ram:ApplicableProductCharacteristic").Where(p => p.AllAt("ram:Description").Any(d => d.Value == "cva")) : item.AllAt("cac:AdditionalItemProperty").Where(p => p.AllAt("cbc:Name").Any(d => d.Value == "cva"))).Any() || (cii ? item.AllAt("ram:DesignatedProductClassification/ram:ClassCode") : item.AllAt("cac:CommodityClassification/cbc:ItemClassificationCode")).Count(c => c.Attribute("listID")?.Value == "CVD") == 1);
        }
    }
}
