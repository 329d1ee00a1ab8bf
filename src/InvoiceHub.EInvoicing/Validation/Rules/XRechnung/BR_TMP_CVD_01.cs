using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-TMP-CVD-01: In a clean vehicle invoice, the item classification list (BT-158-1) shall be CVD or from UNTDID 7143.</summary>
internal sealed class BR_TMP_CVD_01() : XmlRule("BR-TMP-CVD-01", "In a clean vehicle invoice, the item classification list (BT-158-1) shall be CVD or from UNTDID 7143.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item"));
        foreach (var code in items.SelectMany(item => (cii ? item.AllAt("ram:DesignatedProductClassification/ram:ClassCode") : item.AllAt("cac:CommodityClassification/cbc:ItemClassificationCode"))))
        {
            var list = code.NormalizedAttribute("listID");
            Assert(findings, code, list == "CVD" || InvoiceHub.EInvoicing.Validation.CodeLists.Codes.ItemTypes.Contains(list));
        }
    }
}
