using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-5: The element Seller contact point (BT-41) shall be provided.</summary>
internal sealed class BR_DE_5() : XmlRule("BR-DE-5", "The element Seller contact point (BT-41) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var contact in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:DefinedTradeContact") : root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            Assert(findings, contact, cii ? contact.HasText("ram:PersonName") || contact.HasText("ram:DepartmentName") : contact.HasText("cbc:Name"));
        }
    }
}
