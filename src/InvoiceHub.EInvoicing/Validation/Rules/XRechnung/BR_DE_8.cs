using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-8: The element Buyer city (BT-52) shall be provided.</summary>
internal sealed class BR_DE_8() : XmlRule("BR-DE-8", "The element Buyer city (BT-52) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var address in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:BuyerTradeParty/ram:PostalTradeAddress") : root.AllAt("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress"))
        {
            Assert(findings, address, address.HasText(cii ? "ram:CityName" : "cbc:CityName"));
        }
    }
}
