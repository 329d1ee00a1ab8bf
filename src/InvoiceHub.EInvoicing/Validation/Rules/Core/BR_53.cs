using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-53: If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.</summary>
internal sealed class BR_53() : Rule("BR-53", "If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The codes and currency attributes are compared as written (a blank tax currency code is a code no amount has).
            if (xml.Syntax == XmlSyntax.Cii)
            {
                var settlement = xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").ToList();
                var taxCurrencies = settlement.Elements(Ns.Ram + "TaxCurrencyCode").Select(t => t.Value).ToList();
                var invoiceCurrencies = settlement.Elements(Ns.Ram + "InvoiceCurrencyCode").Select(t => t.Value).ToList();
                foreach (var summation in xml.Named(Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation"))
                {
                    var holds = taxCurrencies.Count == 0
                        || (summation.Elements(Ns.Ram + "TaxTotalAmount").Attributes("currencyID").Any(a => taxCurrencies.Contains(a.Value))
                            && !taxCurrencies.Any(invoiceCurrencies.Contains));
                    if (!holds)
                    {
                        findings.Add(this, XmlLocation.Of(summation));
                    }
                }

                return;
            }

            var amountCurrencies = xml.Named(Ns.Cbc + "TaxAmount").Where(a => a.Parent?.Name == Ns.Cac + "TaxTotal")
                .Select(a => a.Attribute("currencyID")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (xml.Root.Elements(Ns.Cbc + "TaxCurrencyCode").Any(t => !amountCurrencies.Contains(t.Value)))
            {
                findings.Add(this, FindingLocation.Root(context));
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        if (ModelChecks.NotBlank(i.TaxCurrencyCode) && !ModelChecks.HasTaxInTaxCurrency(c))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
