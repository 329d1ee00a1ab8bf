using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-001-5: When Supplier is Greek, the Invoice Id in the fourth segment must be a valid greek document type</summary>
internal sealed class GR_R_001_5() : XmlRule("GR-R-001-5", "When Supplier is Greek, the Invoice Id in the fourth segment must be a valid greek document type", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, id, XmlExtensions.Normalize(Segment(segments, 4)).Length > 0 && Segment(segments, 4) is "1.1" or "1.6" or "2.1" or "2.4" or "5.1" or "5.2");
        }

        // $IdSegments[n]: "" when the invoice number has fewer segments.
        static string Segment(string[] segments, int n) => n <= segments.Length ? segments[n - 1] : string.Empty;
    }
}
