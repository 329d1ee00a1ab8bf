using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Oioubl;

/// <summary>OIOUBL-15: For payment means 49 (direct debit), the payer account (PaymentMandate/PayerFinancialAccount/ID) shall be present.</summary>
internal sealed class OIOUBL_15() : XmlRule("OIOUBL-15", "For payment means 49 (direct debit), the payer account (PaymentMandate/PayerFinancialAccount/ID) shall be present.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in root.AllAt("cac:PaymentMeans"))
        {
            if (means.NormalizedTextAt("cbc:PaymentMeansCode") == "49")
            {
                Assert(findings, means, means.HasText("cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID"));
            }
        }
    }
}
