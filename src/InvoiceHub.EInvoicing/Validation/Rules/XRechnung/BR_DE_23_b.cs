using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-23-b: If Payment means type code (BT-81) is a credit transfer code (30, 58), BG-18 and BG-19 shall not be provided.</summary>
internal sealed class BR_DE_23_b() : XmlRule("BR-DE-23-b", "If Payment means type code (BT-81) is a credit transfer code (30, 58), BG-18 and BG-19 shall not be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode");
            if (code is "30" or "58")
            {
                Assert(findings, means, cii
                    ? !means.HasElementAt("ram:ApplicableTradeSettlementFinancialCard") && !(root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID") || root.HasElementAt(XRechnungCommon.Settlement + "/ram:CreditorReferenceID") || means.HasElementAt("ram:PayerPartyDebtorFinancialAccount/ram:IBANID"))
                    : !means.HasElementAt("cac:CardAccount") && !means.HasElementAt("cac:PaymentMandate"));
            }
        }
    }
}
