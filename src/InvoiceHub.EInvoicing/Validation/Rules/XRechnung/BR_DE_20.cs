using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-20: Debited account identifier (BT-91) should contain a valid IBAN if Payment means type code (BT-81) is 59 (SEPA direct debit).</summary>
internal sealed class BR_DE_20() : XmlRule("BR-DE-20", "Debited account identifier (BT-91) should contain a valid IBAN if Payment means type code (BT-81) is 59 (SEPA direct debit).", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            if (means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode") == "59")
            {
                Assert(findings, means, XRechnungCommon.Iban(means.FirstAt(cii ? "ram:PayerPartyDebtorFinancialAccount/ram:IBANID" : "cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID")?.Value));
            }
        }
    }
}
