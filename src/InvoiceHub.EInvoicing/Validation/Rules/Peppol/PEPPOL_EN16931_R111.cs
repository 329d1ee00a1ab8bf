using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R111: End date of line period MUST be within invoice period.</summary>
internal sealed class PEPPOL_EN16931_R111() : XmlRule("PEPPOL-EN16931-R111", "End date of line period MUST be within invoice period.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            // The dates as written (format 102) compared as strings, like the official XPath.
            var header = root.AllAt("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString").Select(d => d.Value).ToList();
            if (root.HasElementAt("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime"))
            {
                foreach (var date in root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime"))
                {
                    Assert(findings, date, date.AllAt("udt:DateTimeString").Any(l => header.Any(h => string.CompareOrdinal(l.Value, h) <= 0)));
                }
            }

            return;
        }

        if (root.FirstAt("cac:InvoicePeriod/cbc:EndDate") is not { } end || !DateOnly.TryParse(end.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var invoiceEnd))
        {
            return;
        }

        foreach (var date in root.AllAt("cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate").Concat(root.AllAt("cac:CreditNoteLine/cac:InvoicePeriod/cbc:EndDate")))
        {
            Assert(findings, date, DateOnly.TryParse(date.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var lineEnd) && lineEnd <= invoiceEnd);
        }
    }
}
