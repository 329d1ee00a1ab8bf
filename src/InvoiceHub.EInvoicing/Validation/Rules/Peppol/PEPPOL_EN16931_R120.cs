using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R120: Invoice line net amount MUST equal (Invoiced quantity * (Item net price/item price base quantity) + Sum of invoice line charge amount - sum of invoice line allowance amount</summary>
internal sealed class PEPPOL_EN16931_R120() : XmlRule("PEPPOL-EN16931-R120", "Invoice line net amount MUST equal (Invoiced quantity * (Item net price/item price base quantity) + Sum of invoice line charge amount - sum of invoice line allowance amount")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var lines = cii ? root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem") : root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine"));
        foreach (var line in lines)
        {
            decimal net, quantity, price, baseQuantity;
            IEnumerable<XElement> charges;
            if (cii)
            {
                net = LenientDecimal.OrZero(line.FirstAt("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"));
                quantity = line.FirstAt("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity") is { } q ? LenientDecimal.OrZero(q) : 1m;
                price = LenientDecimal.OrZero(line.FirstAt("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"));
                baseQuantity = LenientDecimal.OrZero(line.FirstAt("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity"));
                charges = line.AllAt("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge");
            }
            else
            {
                net = LenientDecimal.OrZero(line.FirstAt("cbc:LineExtensionAmount"));
                var quantityElement = line.FirstAt(line.Name.LocalName == "InvoiceLine" ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity");
                quantity = quantityElement is not null ? LenientDecimal.OrZero(quantityElement) : 1m;
                price = LenientDecimal.OrZero(line.FirstAt("cac:Price/cbc:PriceAmount"));
                baseQuantity = LenientDecimal.OrZero(line.FirstAt("cac:Price/cbc:BaseQuantity"));
                charges = line.AllAt("cac:AllowanceCharge");
            }

            if (baseQuantity == 0m)
            {
                baseQuantity = 1m;
            }

            var indicator = cii ? "ram:ChargeIndicator/udt:Indicator" : "cbc:ChargeIndicator";
            var amount = cii ? "ram:ActualAmount" : "cbc:Amount";
            var chargeTotal = XPathMath.Round2(charges.Where(c => c.NormalizedTextAt(indicator) == "true").Sum(c => LenientDecimal.OrZero(c.FirstAt(amount))));
            var allowanceTotal = XPathMath.Round2(charges.Where(c => c.NormalizedTextAt(indicator) == "false").Sum(c => LenientDecimal.OrZero(c.FirstAt(amount))));
            Assert(findings, line, PeppolChecks.Slack(net, (quantity * (price / baseQuantity)) + chargeTotal - allowanceTotal, 0.02m));
        }
    }
}
