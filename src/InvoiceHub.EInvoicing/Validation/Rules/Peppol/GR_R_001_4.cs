using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-001-4: When Supplier is Greek, the Invoice Id third segment must be a positive integer</summary>
internal sealed class GR_R_001_4() : XmlRule("GR-R-001-4", "When Supplier is Greek, the Invoice Id third segment must be a positive integer", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, id, XmlExtensions.Normalize(Segment(segments, 3)).Length > 0 && PeppolChecks.IsNumber(Segment(segments, 3))
                && PeppolNational.NonNegativeInteger(Segment(segments, 3)));
        }

        // $IdSegments[n]: "" when the invoice number has fewer segments.
        static string Segment(string[] segments, int n) => n <= segments.Length ? segments[n - 1] : string.Empty;
    }
}
