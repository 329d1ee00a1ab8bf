using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-008: [NL-R-008] For suppliers in the Netherlands, if the customer is in the Netherlands, the payment means code (cac:PaymentMeans/cbc:PaymentMeansCode) MUST be one of 30, 48, 49, 57, 58 or 59</summary>
internal sealed class NL_R_008() : XmlRule("NL-R-008", "[NL-R-008] For suppliers in the Netherlands, if the customer is in the Netherlands, the payment means code (cac:PaymentMeans/cbc:PaymentMeansCode) MUST be one of 30, 48, 49, 57, 58 or 59")
{
    private const string CiiMessage = "[NL-R-008] For suppliers in the Netherlands, if the customer is in the Netherlands, the payment means code (ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode) MUST be one of 30, 48, 49, 57, 58 or 59";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.NlSupplier(root, cii) || !PeppolNational.NlCustomer(root, cii))
        {
            return;
        }

        foreach (var means in cii ? root.AllAt(PeppolNational.PaymentMeans) : context.Xml!.Descendants(Ns.Cac + "PaymentMeans"))
        {
            Assert(findings, means, means.NormalizedTextAt(cii ? "ram:TypeCode" : "cbc:PaymentMeansCode") is "30" or "48" or "49" or "57" or "58" or "59", cii ? CiiMessage : Message);
        }
    }
}
