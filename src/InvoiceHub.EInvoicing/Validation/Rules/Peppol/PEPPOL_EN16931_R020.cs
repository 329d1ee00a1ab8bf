using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R020: Seller electronic address MUST be provided</summary>
internal sealed class PEPPOL_EN16931_R020() : XmlRule("PEPPOL-EN16931-R020", "Seller electronic address MUST be provided")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var party in cii ? context.Xml!.Descendants(Ns.Ram + "SellerTradeParty") : root.AllAt("cac:AccountingSupplierParty/cac:Party"))
        {
            Assert(findings, party, party.HasElementAt(cii ? "ram:URIUniversalCommunication/ram:URIID" : "cbc:EndpointID"));
        }
    }
}
