using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>GR-R-001-2: When the Supplier is Greek, the Invoice Id first segment must be a valid TIN Number and match either the Supplier's or the Tax Representative's Tin Number</summary>
internal sealed class GR_R_001_2() : XmlRule("GR-R-001-2", "When the Supplier is Greek, the Invoice Id first segment must be a valid TIN Number and match either the Supplier's or the Tax Representative's Tin Number", Severity.Fatal, XmlSyntax.Ubl)
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
            Assert(findings, id, XmlExtensions.Normalize(Segment(segments, 1)).Length == 9 && PeppolChecks.Tin(Segment(segments, 1))
                && PeppolNational.VatCompanyIdsRaw(root.FirstAt(PeppolNational.Supplier)).Concat(PeppolNational.VatCompanyIdsRaw(root.FirstAt("cac:TaxRepresentativeParty")))
                    .Any(v => Substring(v, 3, 9) == Segment(segments, 1)));
        }

        // $IdSegments[n]: "" when the invoice number has fewer segments.
        static string Segment(string[] segments, int n) => n <= segments.Length ? segments[n - 1] : string.Empty;

        static string Substring(string value, int start, int length) => value.Length < start ? string.Empty : value.Substring(start - 1, Math.Min(length, value.Length - start + 1));
    }
}
