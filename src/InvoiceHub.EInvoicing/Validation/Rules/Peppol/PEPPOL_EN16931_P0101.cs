using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-P0101: Credit note type code MUST be set according to the profile.</summary>
internal sealed class PEPPOL_EN16931_P0101() : XmlRule("PEPPOL-EN16931-P0101", "Credit note type code MUST be set according to the profile.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (root.FirstAt("cbc:CreditNoteTypeCode") is { } code && PeppolChecks.Profile(root, cii: false) == "01")
        {
            Assert(findings, code, code.NormalizeSpace() is "381" or "396" or "81" or "83" or "532");
        }
    }
}
