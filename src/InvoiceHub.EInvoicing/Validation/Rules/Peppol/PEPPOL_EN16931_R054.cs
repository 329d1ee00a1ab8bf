using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R054: Only one tax total without tax subtotals MUST be provided when tax currency code is provided.</summary>
internal sealed class PEPPOL_EN16931_R054() : XmlRule("PEPPOL-EN16931-R054", "Only one tax total without tax subtotals MUST be provided when tax currency code is provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Settlement) is { } settlement)
            {
                var currency = settlement.FirstAt("ram:InvoiceCurrencyCode")?.Value;
                var others = settlement.AllAt("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount").Count(t => t.Attribute("currencyID")?.Value is { } c && c != currency);
                Assert(findings, settlement, others == (settlement.HasElementAt("ram:TaxCurrencyCode") ? 1 : 0));
            }

            return;
        }

        Assert(findings, root, root.AllAt("cac:TaxTotal").Count(t => !t.HasElementAt("cac:TaxSubtotal")) == (root.HasElementAt("cbc:TaxCurrencyCode") ? 1 : 0));
    }
}
