using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-11: The element Deliver to post code (BT-78) shall be provided if the group DELIVER TO ADDRESS (BG-15) is delivered.</summary>
internal sealed class BR_DE_11() : XmlRule("BR-DE-11", "The element Deliver to post code (BT-78) shall be provided if the group DELIVER TO ADDRESS (BG-15) is delivered.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var address in cii ? root.AllAt(XRechnungCommon.Delivery + "/ram:ShipToTradeParty/ram:PostalTradeAddress") : root.AllAt("cac:Delivery/cac:DeliveryLocation/cac:Address"))
        {
            Assert(findings, address, address.HasText(cii ? "ram:PostcodeCode" : "cbc:PostalZone"));
        }
    }
}
