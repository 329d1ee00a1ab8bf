using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-6: The element Seller contact telephone number (BT-42) shall be provided.</summary>
internal sealed class BR_DE_6() : XmlRule("BR-DE-6", "The element Seller contact telephone number (BT-42) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var address in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:DefinedTradeContact") : root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            Assert(findings, address, address.HasText(cii ? "ram:TelephoneUniversalCommunication/ram:CompleteNumber" : "cbc:Telephone"));
        }
    }
}
