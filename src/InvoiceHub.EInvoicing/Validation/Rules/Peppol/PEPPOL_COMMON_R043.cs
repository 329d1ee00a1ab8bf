using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R043: Belgian enterprise number MUST be stated in the correct format.</summary>
internal sealed class PEPPOL_COMMON_R043() : XmlRule("PEPPOL-COMMON-R043", "Belgian enterprise number MUST be stated in the correct format.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0208", endpointOnly: false))
        {
            var value = id.Norm();
            Assert(findings, id, value.Length == 10 && value.All(char.IsAsciiDigit) && PeppolChecks.Mod97Be(value));
        }
    }
}
