using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R010: Buyer electronic address MUST be provided</summary>
internal sealed class PEPPOL_EN16931_R010() : XmlRule("PEPPOL-EN16931-R010", "Buyer electronic address MUST be provided")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var party in cii ? context.Xml!.Descendants(Ns.Ram + "BuyerTradeParty") : root.AllAt("cac:AccountingCustomerParty/cac:Party"))
        {
            Assert(findings, party, party.HasElementAt(cii ? "ram:URIUniversalCommunication/ram:URIID" : "cbc:EndpointID"));
        }
    }
}
