using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-05: The clean vehicle property (cva) shall be clean, zero-emission or other.</summary>
internal sealed class BR_DE_CVD_05() : XmlRule("BR-DE-CVD-05", "The clean vehicle property (cva) shall be clean, zero-emission or other.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XR.IsCvd(root))
        {
            return;
        }

        var items = cii ? root.Xs(XR.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct") : XR.UblLines(root).SelectMany(l => l.Xs("cac:Item"));
        foreach (var property in items.SelectMany(item => (cii ? item.Xs("ram:ApplicableProductCharacteristic").Where(p => p.Xs("ram:Description").Any(d => d.Value == "cva")) : item.Xs("cac:AdditionalItemProperty").Where(p => p.Xs("cbc:Name").Any(d => d.Value == "cva")))))
        {
            Assert(findings, property, property.Text(cii ? "ram:Value" : "cbc:Value") is "clean" or "zero-emission" or "other");
        }
    }
}
