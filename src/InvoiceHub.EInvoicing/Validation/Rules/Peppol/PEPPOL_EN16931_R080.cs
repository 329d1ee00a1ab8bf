using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R080: Only one project reference is allowed on document level</summary>
internal sealed class PEPPOL_EN16931_R080() : XmlRule("PEPPOL-EN16931-R080", "Only one project reference is allowed on document level")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Agreement) is { } agreement)
            {
                Assert(findings, agreement, agreement.AllAt("ram:AdditionalReferencedDocument").Count(d => d.AllAt("ram:TypeCode").Any(t => t.Value == "50")) <= 1);
            }

            return;
        }

        if (root.Name.LocalName == "CreditNote")
        {
            Assert(findings, root, root.AllAt("cac:AdditionalDocumentReference").Count(d => d.AllAt("cbc:DocumentTypeCode").Any(t => t.Value == "50")) <= 1);
        }
    }
}
