using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-03: For a clean vehicle invoice, at least one item shall be a vehicle (classification list CVD) with a clean vehicle property (cva).</summary>
internal sealed class BR_DE_CVD_03() : XmlRule("BR-DE-CVD-03", "For a clean vehicle invoice, at least one item shall be a vehicle (classification list CVD) with a clean vehicle property (cva).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item"));
        Assert(findings, cii ? root.FirstAt(XRechnungCommon.Trade) ?? root : root, items.Any(item => (cii ? item.AllAt("ram:DesignatedProductClassification/ram:ClassCode") : item.AllAt("cac:CommodityClassification/cbc:ItemClassificationCode")).Any(c => c.Attribute("listID")?.Value == "CVD") && (cii ? item.AllAt("ram:ApplicableProductCharacteristic").Where(p => p.AllAt("ram:Description").Any(d => d.Value == "cva")) : item.AllAt("cac:AdditionalItemProperty").Where(p => p.AllAt("cbc:Name").Any(d => d.Value == "cva"))).Any()));
    }
}
