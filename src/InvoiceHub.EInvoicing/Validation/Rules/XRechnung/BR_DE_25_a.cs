using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-25-a: If Payment means type code (BT-81) is direct debit (59), DIRECT DEBIT (BG-19) shall be provided.</summary>
internal sealed class BR_DE_25_a() : XmlRule("BR-DE-25-a", "If Payment means type code (BT-81) is direct debit (59), DIRECT DEBIT (BG-19) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode");
            if (code == "59")
            {
                Assert(findings, means, cii ? root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID") || root.HasElementAt(XRechnungCommon.Settlement + "/ram:CreditorReferenceID") || means.HasElementAt("ram:PayerPartyDebtorFinancialAccount/ram:IBANID") : means.HasElementAt("cac:PaymentMandate"));
            }
        }
    }
}
