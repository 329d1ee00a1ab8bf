using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-28: Seller contact email address (BT-43) should contain exactly one @-sign, framed by at least two characters on each side, not by whitespace or a dot.</summary>
internal sealed class BR_DE_28() : XmlRule("BR-DE-28", "Seller contact email address (BT-43) should contain exactly one @-sign, framed by at least two characters on each side, not by whitespace or a dot.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var contact in cii ? root.AllAt(XRechnungCommon.Agreement + "/ram:SellerTradeParty/ram:DefinedTradeContact") : root.AllAt("cac:AccountingSupplierParty/cac:Party/cac:Contact"))
        {
            Assert(findings, contact, XRechnungCommon.Email().IsMatch(contact.NormalizedTextAt(cii ? "ram:EmailURIUniversalCommunication/ram:URIID" : "cbc:ElectronicMail")));
        }
    }
}
