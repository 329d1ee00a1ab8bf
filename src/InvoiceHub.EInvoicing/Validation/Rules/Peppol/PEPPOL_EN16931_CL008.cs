using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-CL008: Electronic address identifier scheme must be from the codelist "Electronic Address Identifier Scheme"</summary>
internal sealed class PEPPOL_EN16931_CL008() : XmlRule("PEPPOL-EN16931-CL008", "Electronic address identifier scheme must be from the codelist \"Electronic Address Identifier Scheme\"")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var addresses = cii
            ? context.Xml!.Descendants(Ns.Ram + "URIID").Where(u => u.Parent?.Name == Ns.Ram + "URIUniversalCommunication" && u.Parent.Parent?.Name.LocalName is "BuyerTradeParty" or "SellerTradeParty")
            : context.Xml!.Descendants(Ns.Cbc + "EndpointID").Where(e => e.Attribute("schemeID") is not null);
        foreach (var address in addresses)
        {
            Assert(findings, address, InvoiceHub.EInvoicing.Validation.CodeLists.Codes.PeppolEas.Contains(address.Attribute("schemeID")?.Value) && !(address.Attribute("schemeID")?.Value ?? string.Empty).Contains(' ', StringComparison.Ordinal));
        }
    }
}
