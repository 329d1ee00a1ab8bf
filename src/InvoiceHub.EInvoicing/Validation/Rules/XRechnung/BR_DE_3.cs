using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-3: The element Seller city (BT-37) shall be provided.</summary>
internal sealed class BR_DE_3() : XmlRule("BR-DE-3", "The element Seller city (BT-37) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var address in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:PostalTradeAddress") : root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:PostalAddress"))
        {
            Assert(findings, address, address.HasText(cii ? "ram:CityName" : "cbc:CityName"));
        }
    }
}
