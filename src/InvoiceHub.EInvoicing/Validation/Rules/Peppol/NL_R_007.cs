using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-007: [NL-R-007] For suppliers in the Netherlands, the supplier MUST provide a means of payment (cac:PaymentMeans) if the payment is from customer to supplier</summary>
internal sealed class NL_R_007() : XmlRule("NL-R-007", "[NL-R-007] For suppliers in the Netherlands, the supplier MUST provide a means of payment (cac:PaymentMeans) if the payment is from customer to supplier")
{
    private const string CiiMessage = "[NL-R-007] For suppliers in the Netherlands, the supplier MUST provide a means of payment (ram:SpecifiedTradeSettlementPaymentMeans) if the payment is from customer to supplier";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.NlSupplier(root, cii))
        {
            return;
        }

        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation") is { } totals)
            {
                var creditNote = root.FirstAt("rsm:ExchangedDocument/ram:TypeCode").NormalizeSpace() == "381";
                var due = LenientDecimal.TryRead(totals.FirstAt("ram:DuePayableAmount"), out var d) ? d : (decimal?)null;
                Assert(findings, totals, (!creditNote && due <= 0) || (creditNote && due >= 0) || root.HasElementAt(PeppolNational.PaymentMeans), CiiMessage);
            }

            return;
        }

        foreach (var totals in context.Xml!.Descendants(Ns.Cac + "LegalMonetaryTotal"))
        {
            var payable = LenientDecimal.TryRead(totals.FirstAt("cbc:PayableAmount"), out var p) ? p : (decimal?)null;
            var creditNote = root.Name == Ns.UblCreditNote + "CreditNote";
            Assert(findings, totals, (!creditNote && payable <= 0) || (creditNote && payable >= 0) || context.Xml!.Descendants(Ns.Cac + "PaymentMeans").Any());
        }
    }
}
