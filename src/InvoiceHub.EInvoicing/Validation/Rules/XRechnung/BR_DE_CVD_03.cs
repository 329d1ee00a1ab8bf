using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-03: For a clean vehicle invoice, at least one item shall be a vehicle (classification list CVD) with a clean vehicle property (cva).</summary>
internal sealed class BR_DE_CVD_03() : XmlRule("BR-DE-CVD-03", "For a clean vehicle invoice, at least one item shall be a vehicle (classification list CVD) with a clean vehicle property (cva).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XR.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.Xs(XR.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XR.UblLines(root).SelectMany(l => l.Xs("cac:Item"));
        Assert(findings, cii ? root.X(XR.Trade) ?? root : root, items.Any(item => (cii ? item.Xs("ram:DesignatedProductClassification/ram:ClassCode") : item.Xs("cac:CommodityClassification/cbc:ItemClassificationCode")).Any(c => c.Attribute("listID")?.Value == "CVD") && (cii ? item.Xs("ram:ApplicableProductCharacteristic").Where(p => p.Xs("ram:Description").Any(d => d.Value == "cva")) : item.Xs("cac:AdditionalItemProperty").Where(p => p.Xs("cbc:Name").Any(d => d.Value == "cva"))).Any()));
    }
}
