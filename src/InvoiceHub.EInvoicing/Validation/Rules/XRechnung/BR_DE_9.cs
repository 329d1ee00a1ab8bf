using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-9: The element Buyer post code (BT-53) shall be provided.</summary>
internal sealed class BR_DE_9() : XmlRule("BR-DE-9", "The element Buyer post code (BT-53) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var address in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:BuyerTradeParty/ram:PostalTradeAddress") : root.AllAt("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress"))
        {
            Assert(findings, address, address.HasText(cii ? "ram:PostcodeCode" : "cbc:PostalZone"));
        }
    }
}
