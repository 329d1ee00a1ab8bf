using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R061: Mandate reference MUST be provided for direct debit.</summary>
internal sealed class PEPPOL_EN16931_R061() : XmlRule("PEPPOL-EN16931-R061", "Mandate reference MUST be provided for direct debit.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var means in cii ? root.AllAt(PeppolChecks.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : context.Xml!.Descendants(Ns.Cac + "PaymentMeans"))
        {
            if (means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode") is "49" or "59")
            {
                Assert(findings, means, cii ? means.Parent.HasElementAt("ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID") : means.HasElementAt("cac:PaymentMandate/cbc:ID"));
            }
        }
    }
}
