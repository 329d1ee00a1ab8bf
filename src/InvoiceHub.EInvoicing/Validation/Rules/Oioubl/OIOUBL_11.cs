using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-11: PaymentMeansCode shall be one of 1, 10, 31, 42, 48, 49, 50, 58, 59, 93, 97.</summary>
internal sealed class OIOUBL_11() : XmlRule("OIOUBL-11", "PaymentMeansCode shall be one of 1, 10, 31, 42, 48, 49, 50, 58, 59, 93, 97.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in root.AllAt("cac:PaymentMeans"))
        {
            Assert(findings, means, means.NormalizedTextAt("cbc:PaymentMeansCode") is "1" or "10" or "31" or "42" or "48" or "49" or "50" or "58" or "59" or "93" or "97");
        }
    }
}
