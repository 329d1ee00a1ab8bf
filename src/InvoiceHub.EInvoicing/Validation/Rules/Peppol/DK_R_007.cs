using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-007: For Danish suppliers PaymentMandate/ID and PayerFinancialAccount/ID are mandatory when payment means is 49</summary>
internal sealed class DK_R_007() : XmlRule("DK-R-007", "For Danish suppliers PaymentMandate/ID and PayerFinancialAccount/ID are mandatory when payment means is 49")
{
    private const string CiiMessage = "For Danish suppliers DirectDebitMandateID and CreditorReferenceID are mandatory when payment means is 49";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in PeppolNational.DkPaymentMeans(root, cii))
        {
            if (PeppolNational.MeansCode(means, cii) == "49")
            {
                // The CII binding looks for the mandate below the payment means, where CII has no such element: 49 always fails there.
                var holds = cii
                    ? means.Parent.NormalizedTextAt("ram:CreditorReferenceID").Length > 0 && means.NormalizedTextAt("ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID").Length > 0
                    : means.NormalizedTextAt("cac:PaymentMandate/cbc:ID").Length > 0 && means.NormalizedTextAt("cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID").Length > 0;
                Assert(findings, means, holds, cii ? CiiMessage : Message);
            }
        }
    }
}
