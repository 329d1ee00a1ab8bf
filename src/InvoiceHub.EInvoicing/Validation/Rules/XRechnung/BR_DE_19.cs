using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-19: Payment account identifier (BT-84) should contain a valid IBAN if Payment means type code (BT-81) is 58 (SEPA credit transfer).</summary>
internal sealed class BR_DE_19() : XmlRule("BR-DE-19", "Payment account identifier (BT-84) should contain a valid IBAN if Payment means type code (BT-81) is 58 (SEPA credit transfer).", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            if (means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode") == "58")
            {
                Assert(findings, means, XRechnungCommon.Iban(means.FirstAt(cii ? "ram:PayeePartyCreditorFinancialAccount/ram:IBANID" : "cac:PayeeFinancialAccount/cbc:ID")?.Value));
            }
        }
    }
}
