using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-15: Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).</summary>
internal sealed class BR_CO_15() : Rule("BR-CO-15", "Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            if (!Holds(xml))
            {
                findings.Add(this, XmlLocation.Of(xml.Root));
            }

            return;
        }

        if (ModelChecks.TotalsPresent(context.Invoice) && !ModelChecks.TaxInclusiveMatches(context))
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }

    /// <summary>
    /// The official test: for every document currency code (none: the rule holds), exactly one total VAT amount in that
    /// currency, and the total with VAT equal to the total without VAT plus it (CII also accepts a grand total equal to
    /// the tax basis).
    /// </summary>
    private static bool Holds(XmlIndex xml)
    {
        var root = xml.Root;
        if (xml.Syntax == XmlSyntax.Cii)
        {
            var settlement = root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").ToList();
            var summation = settlement.Elements(Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation").ToList();
            var grand = XsDecimal.Of(summation.Elements(Ns.Ram + "GrandTotalAmount").FirstOrDefault());
            var basis = XsDecimal.Of(summation.Elements(Ns.Ram + "TaxBasisTotalAmount").FirstOrDefault());
            foreach (var currency in settlement.Elements(Ns.Ram + "InvoiceCurrencyCode"))
            {
                var taxes = summation.Elements(Ns.Ram + "TaxTotalAmount").Where(t => (string?)t.Attribute("currencyID") == currency.Value).ToList();
                var sumMatches = taxes.Count == 1 && grand is not null && basis is not null && XsDecimal.Of(taxes[0]) is { } tax && grand == XPathMath.Round2(basis.Value + tax);
                if (!sumMatches && !(grand is not null && grand == basis))
                {
                    return false;
                }
            }

            return true;
        }

        var totals = root.Elements(Ns.Cac + "LegalMonetaryTotal").ToList();
        foreach (var currency in root.Elements(Ns.Cbc + "DocumentCurrencyCode"))
        {
            var taxes = root.Elements(Ns.Cac + "TaxTotal").Elements(Ns.Cbc + "TaxAmount").Where(t => (string?)t.Attribute("currencyID") == currency.Value).ToList();
            if (taxes.Count != 1 || !Matches(totals, taxes[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(List<XElement> totals, XElement taxAmount) =>
        XsDecimal.Of(taxAmount) is { } tax
        && totals.Elements(Ns.Cbc + "TaxInclusiveAmount").Select(XsDecimal.Of).Any(inclusive => inclusive is not null
            && totals.Elements(Ns.Cbc + "TaxExclusiveAmount").Select(XsDecimal.Of).Any(exclusive => exclusive is not null && inclusive == XPathMath.Round2(exclusive.Value + tax)));
}
