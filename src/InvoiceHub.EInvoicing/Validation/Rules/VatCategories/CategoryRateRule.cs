using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-05/06/07: the VAT rate of a line, allowance or charge of the category.</summary>
internal sealed class CategoryRateRule(VatCategory category, CategoryScope scope)
    : Rule(category.Id(5 + (int)scope), $"In {Subject(scope)} where the VAT category code is \"{category.Name}\" the VAT rate shall be {category.RateText}.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        if (scope == CategoryScope.Lines)
        {
            for (var n = 0; n < i.Lines.Count; n++)
            {
                var line = i.Lines[n];
                if (category.IsLine(line) && !category.RateAllowed(line.Vat!.Rate))
                {
                    findings.Add(this, Where.LineVat(context, n));
                }
            }

            return;
        }

        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (ac.IsCharge == (scope == CategoryScope.Charges) && category.IsAllowanceCharge(ac) && !category.RateAllowed(ac.VatRate))
            {
                findings.Add(this, Where.AllowanceCharge(context, n));
            }
        }
    }

    private static string Subject(CategoryScope scope) => scope switch
    {
        CategoryScope.Lines => "an Invoice line (BG-25)",
        CategoryScope.Allowances => "a Document level allowance (BG-20)",
        _ => "a Document level charge (BG-21)",
    };
}
