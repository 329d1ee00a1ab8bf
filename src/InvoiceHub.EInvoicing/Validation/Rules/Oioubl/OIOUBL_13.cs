using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-13: For payment means 50 (giro), PaymentID shall be 01, 04 or 15 and the giro account (PayeeFinancialAccount/ID) shall be present.</summary>
internal sealed class OIOUBL_13() : XmlRule("OIOUBL-13", "For payment means 50 (giro), PaymentID shall be 01, 04 or 15 and the giro account (PayeeFinancialAccount/ID) shall be present.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in root.AllAt("cac:PaymentMeans"))
        {
            if (means.NormalizedTextAt("cbc:PaymentMeansCode") == "50")
            {
                Assert(findings, means, means.NormalizedTextAt("cbc:PaymentID") is "01" or "04" or "15" && means.HasText("cac:PayeeFinancialAccount/cbc:ID"));
            }
        }
    }
}
