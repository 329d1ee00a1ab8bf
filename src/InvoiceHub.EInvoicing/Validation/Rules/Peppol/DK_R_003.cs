using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-003: If ItemClassification is provided from Danish suppliers, UNSPSC version 19.05.01 or 26.08.01 should be used.</summary>
internal sealed class DK_R_003() : XmlRule("DK-R-003", "If ItemClassification is provided from Danish suppliers, UNSPSC version 19.05.01 or 26.08.01 should be used.", Severity.Warning)
{
    private const string CiiMessage = "If ItemClassification is provided from Danish suppliers, UNSPSC version 19.05.01 or 26.08.01 should be used";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DkDomestic(root, cii))
        {
            return;
        }

        var lines = cii ? root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem") : root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine"));
        foreach (var line in lines)
        {
            var codes = line.AllAt(cii ? "ram:SpecifiedTradeProduct/ram:DesignatedProductClassification/ram:ClassCode" : "cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode").ToList();
            var unspsc = codes.Any(c => c.Attribute("listID")?.Value == "TST");
            var version = codes.Any(c => c.Attribute("listVersionID")?.Value is "19.05.01" or "19.0501" or "26.08.01" or "26.0801");
            Assert(findings, line, !unspsc || version, cii ? CiiMessage : Message);
        }
    }
}
