using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>
/// BR-DEC-13 and BR-DEC-15: at most two decimals in the total VAT amount in the document (BT-110) or the tax
/// currency (BT-111), as the official tests read:
/// <list type="bullet">
/// <item>UBL compares <c>@currencyID</c> with <c>cbc:DocumentCurrencyCode</c> (or <c>cbc:TaxCurrencyCode</c>) relative to
/// the TaxAmount, which has no such child: the predicate never holds, so the UBL binding cannot fail.</item>
/// <item>CII holds when some <c>ram:TaxTotalAmount</c> has the currency and two decimals at most, or (BR-DEC-13) is
/// in another currency, or (BR-DEC-15) there is no tax currency code at all. So a tax currency code without a total in
/// that currency fails BR-DEC-15.</item>
/// </list>
/// </summary>
internal sealed class TaxTotalDecimalsRule(string id, string message, string ciiCurrencyElement, bool otherCurrencyHolds, Func<DocumentTotals, Money?> modelAmount) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            if (xml.Syntax == XmlSyntax.Ubl)
            {
                return;
            }

            var currencies = xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement")
                .Elements(Ns.Ram + ciiCurrencyElement).Select(e => e.Value).ToList();
            foreach (var summation in xml.Named(Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation"))
            {
                var taxes = summation.Elements(Ns.Ram + "TaxTotalAmount").ToList();
                var holds = taxes.Count == 0 || (!otherCurrencyHolds && currencies.Count == 0) || taxes.Any(t =>
                {
                    var inCurrency = currencies.Contains((string?)t.Attribute("currencyID") ?? "\0");
                    return (inCurrency && XsDecimal.Of(t) is { } amount && XPathMath.Round2(amount) == amount) || (otherCurrencyHolds && !inCurrency);
                });
                if (!holds)
                {
                    findings.Add(this, XmlLocation.Of(summation));
                }
            }

            return;
        }

        if (modelAmount(context.Invoice.Totals) is { } total && XPathMath.Round2(total.Amount) != total.Amount)
        {
            findings.Add(this, FindingLocation.TaxTotal(context));
        }
    }
}
