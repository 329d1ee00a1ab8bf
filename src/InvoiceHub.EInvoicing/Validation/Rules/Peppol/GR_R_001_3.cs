using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-001-3: When the Supplier is Greek, the Invoice Id second segment must be a valid Date that matches the invoice Issue Date</summary>
internal sealed class GR_R_001_3() : XmlRule("GR-R-001-3", "When the Supplier is Greek, the Invoice Id second segment must be a valid Date that matches the invoice Issue Date", Severity.Fatal, XmlSyntax.Ubl)
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
            var date = Segment(segments, 2);
            var idDate = PeppolNational.Tokens(date, '/');
            var issued = PeppolNational.Tokens(root.FirstAt("cbc:IssueDate")?.Value ?? string.Empty, '-');
            Assert(findings, id, XmlExtensions.Normalize(date).Length > 0 && PeppolNational.GreekDate().IsMatch(date)
                && idDate.Length >= 3 && issued.Length >= 3 && idDate[0] == issued[2] && idDate[1] == issued[1] && idDate[2] == issued[0]);
        }

        // $IdSegments[n]: "" when the invoice number has fewer segments.
        static string Segment(string[] segments, int n) => n <= segments.Length ? segments[n - 1] : string.Empty;
    }
}
