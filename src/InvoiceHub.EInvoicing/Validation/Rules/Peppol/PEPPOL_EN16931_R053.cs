using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R053: Only one tax total with tax subtotals MUST be provided.</summary>
internal sealed class PEPPOL_EN16931_R053() : XmlRule("PEPPOL-EN16931-R053", "Only one tax total with tax subtotals MUST be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Settlement) is { } settlement)
            {
                var currency = settlement.FirstAt("ram:InvoiceCurrencyCode")?.Value;
                Assert(findings, settlement, settlement.AllAt("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount").Count(t => t.Attribute("currencyID")?.Value == currency) == 1);
            }

            return;
        }

        Assert(findings, root, root.AllAt("cac:TaxTotal").Count(t => t.HasElementAt("cac:TaxSubtotal")) == 1);
    }
}
