using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R046: Tax Code (Codice Fiscale) must be stated in the correct format</summary>
internal sealed class PEPPOL_COMMON_R046() : XmlRule("PEPPOL-COMMON-R046", "Tax Code (Codice Fiscale) must be stated in the correct format", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "9907", endpointOnly: true))
        {
            Assert(findings, id, PeppolChecks.CodiceFiscale(id.Norm()));
        }
    }
}
