using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R045: Tax Code (Codice Fiscale) must be stated in the correct format</summary>
internal sealed class PEPPOL_COMMON_R045() : XmlRule("PEPPOL-COMMON-R045", "Tax Code (Codice Fiscale) must be stated in the correct format", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0210", endpointOnly: false))
        {
            Assert(findings, id, PeppolChecks.CodiceFiscale(id.Norm()));
        }
    }
}
