using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-CL006: Invoice period description code must be according to UNCL 2005 D.16B.</summary>
internal sealed class PEPPOL_EN16931_CL006() : XmlRule("PEPPOL-EN16931-CL006", "Invoice period description code must be according to UNCL 2005 D.16B.", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var code in context.Xml!.Descendants(Ns.Cac + "InvoicePeriod").SelectMany(p => p.AllAt("cbc:DescriptionCode")))
        {
            Assert(findings, code, code.NormalizeSpace() is "3" or "35" or "432");
        }
    }
}
