using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>
/// BR-CO-11 and BR-CO-12 as the official tests read the XML: every totals group is a context (a repeated UBL
/// LegalMonetaryTotal included), and the sum takes the document level allowances (or charges) whose indicator says
/// so (one without an indicator is in neither sum), rounded to two decimals.
/// </summary>
internal static class AllowanceChargeTotalCheck
{
    public static void Check(Rule rule, ValidationContext context, bool charge, FindingSink findings)
    {
        if (context.Xml is not { } xml)
        {
            var i = context.Invoice;
            if (ModelChecks.TotalsPresent(i) && !ModelChecks.SumMatches(charge ? i.Totals.ChargeTotal : i.Totals.AllowanceTotal, i, charge))
            {
                findings.Add(rule, FindingLocation.Totals(context));
            }

            return;
        }

        var cii = xml.Syntax == XmlSyntax.Cii;
        var totalName = cii ? Ns.Ram + (charge ? "ChargeTotalAmount" : "AllowanceTotalAmount") : Ns.Cbc + (charge ? "ChargeTotalAmount" : "AllowanceTotalAmount");
        var groups = xml.Named(cii ? Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation" : Ns.Cac + "LegalMonetaryTotal");
        foreach (var totals in groups)
        {
            var amounts = cii ? CiiAmounts(xml.Root, charge) : UblAmounts(totals.Parent, charge);
            var total = totals.Element(totalName);
            var holds = total is null
                ? amounts.Count == 0
                : XsDecimal.Of(total) == XPathMath.Round2(amounts.Sum(a => XsDecimal.Of(a) ?? 0m));
            if (!holds)
            {
                findings.Add(rule, XmlLocation.Of(totals));
            }
        }
    }

    // ../cac:AllowanceCharge[cbc:ChargeIndicator = true()/false()]/cbc:Amount, beside the totals group.
    private static List<XElement?> UblAmounts(XElement? parent, bool charge) =>
        parent is null
            ? []
            : [.. parent.Elements(Ns.Cac + "AllowanceCharge")
                .Where(a => charge ? a.Element(Ns.Cbc + "ChargeIndicator").IsTrue() : a.Element(Ns.Cbc + "ChargeIndicator").IsFalse())
                .Select(a => a.Element(Ns.Cbc + "Amount"))];

    // The header settlement's allowances or charges (an absolute path in the official test), ram:ActualAmount[1].
    private static List<XElement?> CiiAmounts(XElement root, bool charge) =>
        [.. root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").Elements(Ns.Ram + "SpecifiedTradeAllowanceCharge")
            .Where(a => a.Element(Ns.Ram + "ChargeIndicator")?.Elements(Ns.Udt + "Indicator").Any(e => charge ? e.IsTrue() : e.IsFalse()) == true)
            .Select(a => a.Element(Ns.Ram + "ActualAmount"))];
}
