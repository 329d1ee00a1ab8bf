using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-010: Greek Suppliers that send an invoice through the PEPPOL network to a greek buyer must use a correct TIN number as an electronic address according to PEPPOL Electronic Address Identifier scheme (SchemeID 9933)</summary>
internal sealed class GR_R_010() : XmlRule("GR-R-010", "Greek Suppliers that send an invoice through the PEPPOL network to a greek buyer must use a correct TIN number as an electronic address according to PEPPOL Electronic Address Identifier scheme (SchemeID 9933)", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root) || !PeppolNational.GreekReceiver(root))
        {
            return;
        }

        foreach (var endpoint in root.AllAt(PeppolNational.Customer + "/cbc:EndpointID"))
        {
            Assert(findings, endpoint, endpoint.Attribute("schemeID")?.Value == "9933" && PeppolChecks.Tin(endpoint.Value));
        }
    }
}
