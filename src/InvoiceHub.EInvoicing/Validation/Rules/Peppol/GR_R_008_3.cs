using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-008-3: When Supplier is Greek and the INVOICE URL Document reference exists, the External Reference URI should be present</summary>
internal sealed class GR_R_008_3() : XmlRule("GR-R-008-3", "When Supplier is Greek and the INVOICE URL Document reference exists, the External Reference URI should be present", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root))
        {
            return;
        }

        foreach (var reference in PeppolNational.DocumentReferences(root, "##INVOICE|URL##"))
        {
            Assert(findings, reference, reference.NormalizedTextAt("cac:Attachment/cac:ExternalReference/cbc:URI").Length > 0);
        }
    }
}
