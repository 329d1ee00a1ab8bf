using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R005: VAT accounting currency code MUST be different from invoice currency code when provided.</summary>
internal sealed class PEPPOL_EN16931_R005() : XmlRule("PEPPOL-EN16931-R005", "VAT accounting currency code MUST be different from invoice currency code when provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            if (root.FirstAt(PeppolChecks.Settlement) is { } settlement && settlement.HasElementAt("ram:TaxCurrencyCode"))
            {
                Assert(findings, settlement, settlement.NormalizedTextAt("ram:TaxCurrencyCode") != settlement.NormalizedTextAt("ram:InvoiceCurrencyCode"));
            }

            return;
        }

        if (root.FirstAt("cbc:TaxCurrencyCode") is { } tax)
        {
            Assert(findings, tax, tax.NormalizeSpace() != root.NormalizedTextAt("cbc:DocumentCurrencyCode"));
        }
    }
}
