using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-1: An invoice shall contain information on PAYMENT INSTRUCTIONS (BG-16).</summary>
internal sealed class BR_DE_1() : XmlRule("BR-DE-1", "An invoice shall contain information on PAYMENT INSTRUCTIONS (BG-16).")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, cii ? root.HasElementAt(XRechnungCommon.Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans") : root.HasElementAt("cac:PaymentMeans"));
    }
}
