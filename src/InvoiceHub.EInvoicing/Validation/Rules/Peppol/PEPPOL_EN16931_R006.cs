using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R006: Only one invoiced object is allowed on document level</summary>
internal sealed class PEPPOL_EN16931_R006() : XmlRule("PEPPOL-EN16931-R006", "Only one invoiced object is allowed on document level", Severity.Fatal, XmlSyntax.Cii)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.FirstAt(PeppolChecks.Agreement) is { } agreement)
        {
            Assert(findings, agreement, agreement.AllAt("ram:AdditionalReferencedDocument").Count(d => d.AllAt("ram:TypeCode").Any(t => t.Value == "130")) <= 1);
        }
    }
}
