using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-TMP-CVD-01: In a clean vehicle invoice, the item classification list (BT-158-1) shall be CVD or from UNTDID 7143.</summary>
internal sealed class BR_TMP_CVD_01() : XmlRule("BR-TMP-CVD-01", "In a clean vehicle invoice, the item classification list (BT-158-1) shall be CVD or from UNTDID 7143.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XR.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.Xs(XR.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XR.UblLines(root).SelectMany(l => l.Xs("cac:Item"));
        foreach (var code in items.SelectMany(item => (cii ? item.Xs("ram:DesignatedProductClassification/ram:ClassCode") : item.Xs("cac:CommodityClassification/cbc:ItemClassificationCode"))))
        {
            var list = code.Attr("listID");
            Assert(findings, code, list == "CVD" || InvoiceHub.EInvoicing.Validation.CodeLists.Codes.ItemTypes.Contains(list));
        }
    }
}
