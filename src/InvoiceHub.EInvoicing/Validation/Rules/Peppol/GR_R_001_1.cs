using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-001-1: When the Supplier is Greek, the Invoice Id should consist of 6 segments</summary>
internal sealed class GR_R_001_1() : XmlRule("GR-R-001-1", "When the Supplier is Greek, the Invoice Id should consist of 6 segments", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.GreekSender(root))
        {
            return;
        }

        if (root.FirstAt("cbc:ID") is { } id)
        {
            var segments = PeppolNational.IdSegments(id.Value);
            Assert(findings, id, segments.Length == 6);
        }
    }
}
