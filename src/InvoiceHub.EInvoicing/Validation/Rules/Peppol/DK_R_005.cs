using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-005: For Danish suppliers the following Payment means codes are allowed: 1, 10, 31, 42, 48, 49, 50, 58, 59, 93 and 97</summary>
internal sealed class DK_R_005() : XmlRule("DK-R-005", "For Danish suppliers the following Payment means codes are allowed: 1, 10, 31, 42, 48, 49, 50, 58, 59, 93 and 97")
{
    private const string CiiMessage = "For Danish suppliers the following Payment means type codes are allowed: 1, 10, 31, 42, 48, 49, 50, 58, 59, 93 and 97";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            var holds = " 1 10 31 42 48 49 50 58 59 93 97 ".Contains(" " + PeppolNational.MeansCode(means, cii) + " ", StringComparison.Ordinal);
            Assert(findings, means, holds, cii ? CiiMessage : Message);
        }
    }
}
