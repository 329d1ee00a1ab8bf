using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-25-b: If Payment means type code (BT-81) is direct debit (59), BG-17 and BG-18 shall not be provided.</summary>
internal sealed class BR_DE_25_b() : XmlRule("BR-DE-25-b", "If Payment means type code (BT-81) is direct debit (59), BG-17 and BG-18 shall not be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.AllAt("cac:PaymentMeans"))
        {
            var code = means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode");
            if (code == "59")
            {
                Assert(findings, means, cii
                    ? !means.HasElementAt("ram:PayeePartyCreditorFinancialAccount") && !means.HasElementAt("ram:PayeeSpecifiedCreditorFinancialInstitution")
                        && !means.HasElementAt("ram:PayerSpecifiedDebtorFinancialInstitution") && !means.HasElementAt("ram:ApplicableTradeSettlementFinancialCard")
                    : !means.HasElementAt("cac:PayeeFinancialAccount") && !means.HasElementAt("cac:CardAccount"));
            }
        }
    }
}
