using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R040: GLN must have a valid format according to GS1 rules.</summary>
internal sealed class PEPPOL_COMMON_R040() : XmlRule("PEPPOL-COMMON-R040", "GLN must have a valid format according to GS1 rules.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0088", endpointOnly: false))
        {
            var value = id.Norm();
            Assert(findings, id, PeppolChecks.Gln(value));
        }
    }
}
