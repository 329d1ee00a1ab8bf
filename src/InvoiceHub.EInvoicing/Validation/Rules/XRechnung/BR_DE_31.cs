using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-31: If DIRECT DEBIT (BG-19) is delivered, Debited account identifier (BT-91) shall be provided.</summary>
internal sealed class BR_DE_31() : XmlRule("BR-DE-31", "If DIRECT DEBIT (BG-19) is delivered, Debited account identifier (BT-91) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            var mandate = root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID");
            var creditor = root.HasElementAt(XRechnungCommon.Settlement + "/ram:CreditorReferenceID");
            var debited = root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:IBANID");
            Assert(findings, root, ((mandate || creditor) && debited) || !(mandate || creditor || debited));
        }
        else
        {
            Assert(findings, root, !root.HasElementAt("cac:PaymentMeans/cac:PaymentMandate") || root.HasElementAt("cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID"));
        }
    }
}
