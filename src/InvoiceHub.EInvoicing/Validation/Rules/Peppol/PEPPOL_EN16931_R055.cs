using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R055: Invoice total VAT amount and Invoice total VAT amount in accounting currency MUST have the same operational sign</summary>
internal sealed class PEPPOL_EN16931_R055() : XmlRule("PEPPOL-EN16931-R055", "Invoice total VAT amount and Invoice total VAT amount in accounting currency MUST have the same operational sign")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            // Context ram:ApplicableHeaderTradeSettlement; XPath general comparisons over the totals in each currency.
            if (root.FirstAt(PeppolChecks.Settlement) is { } settlement && settlement.FirstAt("ram:TaxCurrencyCode") is { } taxCurrencyCode)
            {
                var totals = settlement.AllAt("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount").ToList();
                var invoiceCurrency = settlement.FirstAt("ram:InvoiceCurrencyCode")?.Value;
                var inTaxCurrency = totals.Where(t => t.Attribute("currencyID")?.Value == taxCurrencyCode.Value).Select(LenientDecimal.OrZero).ToList();
                var inDocumentCurrency = totals.Where(t => invoiceCurrency is not null && t.Attribute("currencyID")?.Value == invoiceCurrency).Select(LenientDecimal.OrZero).ToList();
                Assert(findings, settlement, (inTaxCurrency.Any(v => v < 0) && inDocumentCurrency.Any(v => v < 0)) || (inTaxCurrency.Any(v => v >= 0) && inDocumentCurrency.Any(v => v >= 0)));
            }

            return;
        }

        if (!root.HasElementAt("cbc:TaxCurrencyCode"))
        {
            return;
        }

        var taxCurrency = root.NormalizedTextAt("cbc:TaxCurrencyCode");
        var documentCurrency = root.NormalizedTextAt("cbc:DocumentCurrencyCode");
        var inTax = root.AllAt("cac:TaxTotal/cbc:TaxAmount").Where(a => a.Attribute("currencyID")?.Value == taxCurrency).Select(LenientDecimal.OrZero).ToList();
        var inDocument = root.AllAt("cac:TaxTotal/cbc:TaxAmount").Where(a => a.Attribute("currencyID")?.Value == documentCurrency).Select(LenientDecimal.OrZero).ToList();
        // General comparisons over sequences: true when some member satisfies them.
        Assert(findings, root, (inTax.Any(v => v <= 0) && inDocument.Any(v => v <= 0)) || (inTax.Any(v => v >= 0) && inDocument.Any(v => v >= 0)));
    }
}
