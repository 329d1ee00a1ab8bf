using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R002: No more than one note is allowed on document level, unless both the buyer and seller are German organizations.</summary>
internal sealed class PEPPOL_EN16931_R002() : XmlRule("PEPPOL-EN16931-R002", "No more than one note is allowed on document level, unless both the buyer and seller are German organizations.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            var document = root.FirstAt("rsm:ExchangedDocument");
            if (document is not null)
            {
                Assert(findings, document, document.AllAt("ram:IncludedNote").Count() <= 1 && !document.HasElementAt("ram:IncludedNote/ram:SubjectCode"));
            }

            return;
        }

        Assert(findings, root, root.AllAt("cbc:Note").Count() <= 1
            || (PeppolChecks.AddressCountry(root, cii, seller: true).Equals("DE", StringComparison.OrdinalIgnoreCase)
                && PeppolChecks.AddressCountry(root, cii, seller: false).Equals("DE", StringComparison.OrdinalIgnoreCase)));
    }
}
