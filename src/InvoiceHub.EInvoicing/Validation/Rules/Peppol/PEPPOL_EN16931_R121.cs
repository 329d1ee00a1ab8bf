using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R121: Base quantity MUST be a positive number above zero.</summary>
internal sealed class PEPPOL_EN16931_R121() : XmlRule("PEPPOL-EN16931-R121", "Base quantity MUST be a positive number above zero.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var prices = cii
            ? context.Xml!.Descendants(Ns.Ram + "NetPriceProductTradePrice").Concat(context.Xml!.Descendants(Ns.Ram + "GrossPriceProductTradePrice"))
            : root.AllAt("cac:InvoiceLine/cac:Price").Concat(root.AllAt("cac:CreditNoteLine/cac:Price"));
        foreach (var price in prices)
        {
            if (price.FirstAt(cii ? "ram:BasisQuantity" : "cbc:BaseQuantity") is { } quantity)
            {
                Assert(findings, cii ? price : price.Parent!, LenientDecimal.OrZero(quantity) > 0m);
            }
        }
    }
}
