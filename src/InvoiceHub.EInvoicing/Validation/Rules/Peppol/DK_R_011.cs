using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-011: For Danish Suppliers if the PaymentID is prefixed with 71# or 75# the 15-16 digits instruction Id must be added to the PaymentID eg. "71#1234567890123456" when payment Method equals 93 (FIK)</summary>
internal sealed class DK_R_011() : XmlRule("DK-R-011", "For Danish Suppliers if the PaymentID is prefixed with 71# or 75# the 15-16 digits instruction Id must be added to the PaymentID eg. \"71#1234567890123456\" when payment Method equals 93 (FIK)")
{
    private const string CiiMessage = "For Danish Suppliers if the PaymentReference is prefixed with 71# or 75# the 15-16 digits instruction Id must be added to the PaymentReference eg. \"71#1234567890123456\" when payment Method equals 93 (FIK)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            var id = PeppolNational.DkPaymentId(means, cii);
            if (PeppolNational.MeansCode(means, cii) == "93" && PeppolNational.Head3(id) is "71#" or "75#")
            {
                Assert(findings, means, id.Length is 18 or 19, cii ? CiiMessage : Message);
            }
        }
    }
}
