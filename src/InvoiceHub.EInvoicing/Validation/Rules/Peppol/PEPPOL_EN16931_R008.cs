using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R008: Document MUST not contain empty elements.</summary>
internal sealed class PEPPOL_EN16931_R008() : XmlRule("PEPPOL-EN16931-R008", "Document MUST not contain empty elements.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var element in context.Xml!.All)
        {
            if (!element.HasElements && string.IsNullOrWhiteSpace(element.Value))
            {
                Fail(findings, element);
            }
        }
    }
}
