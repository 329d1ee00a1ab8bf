using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R042: Danish organization number (CVR) MUST be stated in the correct format.</summary>
internal sealed class PEPPOL_COMMON_R042() : XmlRule("PEPPOL-COMMON-R042", "Danish organization number (CVR) MUST be stated in the correct format.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0184", endpointOnly: false))
        {
            var value = id.Norm();
            Assert(findings, id, (id.Value.Length == 10 && id.Value.StartsWith("DK", StringComparison.Ordinal) && id.Value[2..].All(char.IsAsciiDigit)) || (id.Value.Length == 8 && id.Value.All(char.IsAsciiDigit)));
        }
    }
}
