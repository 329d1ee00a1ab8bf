using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-009: Greek suppliers that send an invoice through the PEPPOL network must use a correct TIN number as an electronic address according to PEPPOL Electronic Address Identifier scheme (schemeID 9933).</summary>
internal sealed class GR_R_009() : XmlRule("GR-R-009", "Greek suppliers that send an invoice through the PEPPOL network must use a correct TIN number as an electronic address according to PEPPOL Electronic Address Identifier scheme (schemeID 9933).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.AccountingSupplierCountry(root) is not ("GR" or "EL"))
        {
            return;
        }

        foreach (var endpoint in root.AllAt(PeppolNational.Supplier + "/cbc:EndpointID"))
        {
            Assert(findings, endpoint, endpoint.Attribute("schemeID")?.Value == "9933" && PeppolChecks.Tin(endpoint.Value));
        }
    }
}
