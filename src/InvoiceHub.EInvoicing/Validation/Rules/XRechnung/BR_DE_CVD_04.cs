using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-04: A vehicle category (classification list CVD) shall be M1, M2, M3, N1, N2 or N3.</summary>
internal sealed class BR_DE_CVD_04() : XmlRule("BR-DE-CVD-04", "A vehicle category (classification list CVD) shall be M1, M2, M3, N1, N2 or N3.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item"));
        foreach (var code in items.SelectMany(item => (cii ? item.AllAt("ram:DesignatedProductClassification/ram:ClassCode") : item.AllAt("cac:CommodityClassification/cbc:ItemClassificationCode"))).Where(c => c.NormalizedAttribute("listID") == "CVD"))
        {
            Assert(findings, code, code.NormalizeSpace() is "M1" or "M2" or "M3" or "N1" or "N2" or "N3");
        }
    }
}
