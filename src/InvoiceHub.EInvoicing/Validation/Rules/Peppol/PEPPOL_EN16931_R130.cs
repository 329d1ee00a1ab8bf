using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R130: Unit code of price base quantity MUST be same as invoiced quantity.</summary>
internal sealed class PEPPOL_EN16931_R130() : XmlRule("PEPPOL-EN16931-R130", "Unit code of price base quantity MUST be same as invoiced quantity.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            foreach (var line in root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem"))
            {
                var unit = line.FirstAt("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")?.Attribute("unitCode")?.Value;
                foreach (var quantity in line.AllAt("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity").Concat(line.AllAt("ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity")))
                {
                    if (quantity.Attribute("unitCode") is { } code)
                    {
                        Assert(findings, quantity, code.Value == unit);
                    }
                }
            }

            return;
        }

        foreach (var line in root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine")))
        {
            var invoiced = line.FirstAt(root.Name.LocalName == "Invoice" ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity");
            if (line.FirstAt("cac:Price/cbc:BaseQuantity") is { } quantity && quantity.Attribute("unitCode") is { } code && invoiced is not null)
            {
                Assert(findings, quantity, code.Value == invoiced.Attribute("unitCode")?.Value);
            }
        }
    }
}
