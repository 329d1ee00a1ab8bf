using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-05: The clean vehicle property (cva) shall be clean, zero-emission or other.</summary>
internal sealed class BR_DE_CVD_05() : XmlRule("BR-DE-CVD-05", "The clean vehicle property (cva) shall be clean, zero-emission or other.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XRechnungCommon.UblLines(root).SelectMany(l => l.AllAt("cac:Item"));
        foreach (var property in items.SelectMany(item => (cii ? item.AllAt("ram:ApplicableProductCharacteristic").Where(p => p.AllAt("ram:Description").Any(d => d.Value == "cva")) : item.AllAt("cac:AdditionalItemProperty").Where(p => p.AllAt("cbc:Name").Any(d => d.Value == "cva")))))
        {
            Assert(findings, property, property.NormalizedTextAt(cii ? "ram:Value" : "cbc:Value") is "clean" or "zero-emission" or "other");
        }
    }
}
