using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-009: For Danish Suppliers if the PaymentID is prefixed with 04# or 15# the 16 digits instruction Id must be added to the PaymentID eg. "04#1234567890123456" when Payment means equals 50 (Giro)</summary>
internal sealed class DK_R_009() : XmlRule("DK-R-009", "For Danish Suppliers if the PaymentID is prefixed with 04# or 15# the 16 digits instruction Id must be added to the PaymentID eg. \"04#1234567890123456\" when Payment means equals 50 (Giro)")
{
    private const string CiiMessage = "For Danish Suppliers if the PaymentReference is prefixed with 04# or 015# the 16 digits instruction Id must be added to the PaymentReference eg. \"04#1234567890123456\" when Payment means equals 50 (Giro)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            var id = PeppolNational.DkPaymentId(means, cii);
            if (PeppolNational.MeansCode(means, cii) == "50" && PeppolNational.Head3(id) is "04#" or "15#")
            {
                Assert(findings, means, id.Length == 19, cii ? CiiMessage : Message);
            }
        }
    }
}
