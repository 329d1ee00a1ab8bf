using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R110: Start date of line period MUST be within invoice period.</summary>
internal sealed class PEPPOL_EN16931_R110() : XmlRule("PEPPOL-EN16931-R110", "Start date of line period MUST be within invoice period.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            // The dates as written (format 102) compared as strings, like the official XPath.
            var header = root.AllAt("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString").Select(d => d.Value).ToList();
            if (root.HasElementAt("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime"))
            {
                foreach (var date in root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime"))
                {
                    Assert(findings, date, date.AllAt("udt:DateTimeString").Any(l => header.Any(h => string.CompareOrdinal(l.Value, h) >= 0)));
                }
            }

            return;
        }

        if (root.FirstAt("cac:InvoicePeriod/cbc:StartDate") is not { } start || !DateOnly.TryParse(start.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var invoiceStart))
        {
            return;
        }

        foreach (var date in root.AllAt("cac:InvoiceLine/cac:InvoicePeriod/cbc:StartDate").Concat(root.AllAt("cac:CreditNoteLine/cac:InvoicePeriod/cbc:StartDate")))
        {
            Assert(findings, date, DateOnly.TryParse(date.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var lineStart) && lineStart >= invoiceStart);
        }
    }
}
