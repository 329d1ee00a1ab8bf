using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R044: IPA Code (Codice Univoco Unità Organizzativa) must be stated in the correct format</summary>
internal sealed class PEPPOL_COMMON_R044() : XmlRule("PEPPOL-COMMON-R044", "IPA Code (Codice Univoco Unità Organizzativa) must be stated in the correct format", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0201", endpointOnly: false))
        {
            Assert(findings, id, PeppolChecks.CodiceIpa(id.Norm()));
        }
    }
}
