using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-14: Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).</summary>
internal sealed class BR_CO_14() : Rule("BR-CO-14", "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Ubl } xml)
        {
            // UBL judges every cac:TaxTotal of the document: with subtotals, its amount is their rounded sum.
            foreach (var total in xml.Root.Elements(Ns.Cac + "TaxTotal"))
            {
                var subtotals = total.Elements(Ns.Cac + "TaxSubtotal").ToList();
                if (subtotals.Count > 0 && !Matches(total, subtotals))
                {
                    findings.Add(this, XmlLocation.Of(total));
                }
            }

            return;
        }

        if (context.Xml is { Syntax: XmlSyntax.Cii } cii)
        {
            // CII: each TaxTotalAmount in the invoice currency equals round(sum(CalculatedAmount) * 100) div 100, all
            // untyped values read as xs:double (so "1e2" is 100). A value that does not cast stops the official run.
            var settlement = cii.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").ToList();
            var currencies = settlement.Elements(Ns.Ram + "InvoiceCurrencyCode").Select(c => c.Value).ToList();
            var amounts = settlement.Elements(Ns.Ram + "ApplicableTradeTax").Elements(Ns.Ram + "CalculatedAmount").Select(a => CoreXml.AsDouble(a.Value)).ToList();
            if (amounts.Any(a => a is null))
            {
                return;
            }

            var expected = Math.Floor(amounts.Sum(a => a!.Value) * 10 * 10 + 0.5) / 100;
            foreach (var total in cii.Named(Ns.Ram + "TaxTotalAmount")
                .Where(t => t.Parent?.Name == Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation" && currencies.Contains(t.Attribute("currencyID")?.Value ?? "\0")))
            {
                if (CoreXml.AsDouble(total.Value) is { } value && value != expected)
                {
                    findings.Add(this, XmlLocation.Of(total));
                }
            }

            return;
        }

        if (!ModelChecks.TaxTotalMatches(context))
        {
            findings.Add(this, FindingLocation.TaxTotal(context));
        }
    }

    private static bool Matches(XElement total, List<XElement> subtotals)
    {
        var sum = 0m;
        foreach (var amount in subtotals.Elements(Ns.Cbc + "TaxAmount"))
        {
            sum += XsDecimal.Of(amount) ?? 0m;
        }

        return total.Elements(Ns.Cbc + "TaxAmount").Select(XsDecimal.Of).Any(a => a == XPathMath.Round2(sum));
    }
}
