using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-24-b: If Payment means type code (BT-81) is a payment card code (48, 54, 55), BG-17 and BG-19 shall not be provided.</summary>
internal sealed class BR_DE_24_b() : XmlRule("BR-DE-24-b", "If Payment means type code (BT-81) is a payment card code (48, 54, 55), BG-17 and BG-19 shall not be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode");
            if (code is "48" or "54" or "55")
            {
                Assert(findings, means, cii
                    ? !means.HasElementAt("ram:PayeePartyCreditorFinancialAccount") && !(root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID") || root.HasElementAt(XRechnungCommon.Settlement + "/ram:CreditorReferenceID") || means.HasElementAt("ram:PayerPartyDebtorFinancialAccount/ram:IBANID"))
                    : !means.HasElementAt("cac:PayeeFinancialAccount") && !means.HasElementAt("cac:PaymentMandate"));
            }
        }
    }
}
