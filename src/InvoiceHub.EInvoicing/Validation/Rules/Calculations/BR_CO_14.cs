using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
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
