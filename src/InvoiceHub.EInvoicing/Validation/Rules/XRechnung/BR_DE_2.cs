using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-2: The group SELLER CONTACT (BG-6) shall be provided.</summary>
internal sealed class BR_DE_2() : XmlRule("BR-DE-2", "The group SELLER CONTACT (BG-6) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var seller = cii ? root.FirstAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty") : root.FirstAt("cac:AccountingSupplierParty");
        if (seller is not null)
        {
            Assert(findings, seller, seller.HasElementAt(cii ? "ram:DefinedTradeContact" : "cac:Party/cac:Contact"));
        }
    }
}
