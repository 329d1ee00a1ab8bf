using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-24-a: If Payment means type code (BT-81) is a payment card code (48, 54, 55), PAYMENT CARD INFORMATION (BG-18) shall be provided.</summary>
internal sealed class BR_DE_24_a() : XmlRule("BR-DE-24-a", "If Payment means type code (BT-81) is a payment card code (48, 54, 55), PAYMENT CARD INFORMATION (BG-18) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode");
            if (code is "48" or "54" or "55")
            {
                Assert(findings, means, means.HasElementAt(cii ? "ram:ApplicableTradeSettlementFinancialCard" : "cac:CardAccount"));
            }
        }
    }
}
