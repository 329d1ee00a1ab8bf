using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-05/06/07: the VAT rate of a line, allowance or charge of the category.</summary>
internal sealed class CategoryRateRule(VatCategory category, CategoryScope scope)
    : Rule(category.Id(5 + (int)scope), $"In {Subject(scope)} where the VAT category code is \"{category.Name}\" the VAT rate shall be {category.RateText}.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            CheckXml(context, xml, findings);
            return;
        }

        var i = context.Invoice;
        if (scope == CategoryScope.Lines)
        {
            for (var n = 0; n < i.Lines.Count; n++)
            {
                var line = i.Lines[n];
                if (category.IsLine(line) && !category.RateAllowed(line.Vat!.Rate))
                {
                    findings.Add(this, FindingLocation.LineVat(context, n));
                }
            }

            return;
        }

        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (ac.IsCharge == (scope == CategoryScope.Charges) && category.IsAllowanceCharge(ac) && !category.RateAllowed(ac.VatRate))
            {
                findings.Add(this, FindingLocation.AllowanceCharge(context, n));
            }
        }
    }

    // The official contexts: UBL line Item/ClassifiedTaxCategory and (any) allowance/charge TaxCategory under VAT,
    // CII line trade taxes and allowance/charge category taxes with type code VAT; the test looks at the rate element.
    private void CheckXml(ValidationContext context, XmlIndex xml, FindingSink findings)
    {
        var counts = VatCategoryXml.Of(context).For(category.Code);
        var contexts = scope switch
        {
            CategoryScope.Lines => counts.LineContexts,
            CategoryScope.Allowances => counts.AllowanceContexts,
            _ => counts.ChargeContexts,
        };
        var cii = xml.Syntax == XmlSyntax.Cii;
        foreach (var element in contexts)
        {
            var rate = element.Element(cii ? Ns.Ram + "RateApplicablePercent" : Ns.Cbc + "Percent");
            if (!Holds(rate, cii))
            {
                findings.Add(this, XmlLocation.Of(element));
            }
        }
    }

    private bool Holds(XElement? rate, bool cii)
    {
        if (category.Code == "O")
        {
            return rate is null; // not(cbc:Percent): an empty element is present
        }

        // The CII binding of BR-AF-05..07 asks for a rate greater than zero (UBL: zero or greater).
        return category.Code == "L" && cii ? XsDecimal.Of(rate) > 0 : category.RateAllowed(XsDecimal.Of(rate));
    }

    private static string Subject(CategoryScope scope) => scope switch
    {
        CategoryScope.Lines => "an Invoice line (BG-25)",
        CategoryScope.Allowances => "a Document level allowance (BG-20)",
        _ => "a Document level charge (BG-21)",
    };
}
