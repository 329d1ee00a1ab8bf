using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// BR-12..BR-15: each totals group (UBL cac:LegalMonetaryTotal, CII ram:SpecifiedTradeSettlementHeaderMonetarySummation)
/// has the amount element. Judged on the XML, as the official test is: the element counts when it exists, even where
/// the model does not map it (OIOUBL's TaxExclusiveAmount holds the tax total, not BT-109).
/// </summary>
internal abstract class TotalsAmountRule(string id, string message, string ublElement, string ciiElement, Func<DocumentTotals, Money?> modelAmount) : Rule(id, message)
{
    public sealed override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            var cii = xml.Syntax == XmlSyntax.Cii;
            var amount = cii ? Ns.Ram + ciiElement : Ns.Cbc + ublElement;
            foreach (var totals in xml.Named(cii ? Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation" : Ns.Cac + "LegalMonetaryTotal"))
            {
                if (totals.Element(amount) is null)
                {
                    findings.Add(this, XmlLocation.Of(totals));
                }
            }

            return;
        }

        if (ModelChecks.TotalsPresent(context.Invoice) && modelAmount(context.Invoice.Totals) is null)
        {
            findings.Add(this, FindingLocation.Totals(context));
        }
    }
}
