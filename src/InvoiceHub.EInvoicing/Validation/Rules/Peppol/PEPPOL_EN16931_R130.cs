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
            foreach (var line in root.Xs("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem"))
            {
                var unit = line.X("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")?.Attribute("unitCode")?.Value;
                foreach (var quantity in line.Xs("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity").Concat(line.Xs("ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity")))
                {
                    if (quantity.Attribute("unitCode") is { } code)
                    {
                        Assert(findings, quantity, code.Value == unit);
                    }
                }
            }

            return;
        }

        foreach (var line in root.Xs("cac:InvoiceLine").Concat(root.Xs("cac:CreditNoteLine")))
        {
            var invoiced = line.X(root.Name.LocalName == "Invoice" ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity");
            if (line.X("cac:Price/cbc:BaseQuantity") is { } quantity && quantity.Attribute("unitCode") is { } code && invoiced is not null)
            {
                Assert(findings, quantity, code.Value == invoiced.Attribute("unitCode")?.Value);
            }
        }
    }
}
