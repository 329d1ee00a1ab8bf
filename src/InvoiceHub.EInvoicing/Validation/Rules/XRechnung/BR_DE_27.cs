using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-27: Seller contact telephone number (BT-42) should contain a valid telephone number (at least 3 digits).</summary>
internal sealed class BR_DE_27() : XmlRule("BR-DE-27", "Seller contact telephone number (BT-42) should contain a valid telephone number (at least 3 digits).", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var contact in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:DefinedTradeContact") : root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            // '.*([0-9].*){3,}.*' unanchored: at least three digits anywhere.
            var phone = contact.NormalizedTextAt(cii ? "ram:TelephoneUniversalCommunication/ram:CompleteNumber" : "cbc:Telephone");
            Assert(findings, contact, phone.Count(char.IsAsciiDigit) >= 3);
        }
    }
}
