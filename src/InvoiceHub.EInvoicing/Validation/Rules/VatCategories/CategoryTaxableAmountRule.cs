using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-08: the VAT category taxable amount equals the lines minus allowances plus charges of that category (and rate).</summary>
internal sealed class CategoryTaxableAmountRule(VatCategory category)
    : Rule(category.Id(8), $"For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is \"{category.Name}\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, BT-102, BT-95) is \"{category.Name}\" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category rate (BT-119).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (category.IsBreakdown(context, b) && !Holds(context, b))
            {
                findings.Add(this, FindingLocation.VatBreakdown(context, n));
            }
        }
    }

    private bool Holds(ValidationContext context, Model.VatBreakdown b)
    {
        var taxable = b.TaxableAmount?.Amount;
        if (!category.BreakdownPerRate)
        {
            var sums = context.VatTotals.For(category.Code);
            if (ModelChecks.IsCii(context))
            {
                // CII BR-O-08 asks for equality; BR-Z/E/AE/IC/G-08 allow one unit either way (BasisAmount - 1 < sum < BasisAmount + 1).
                var expected = XPathMath.Round2(sums.LineNet) + XPathMath.Round2(sums.Charges) - XPathMath.Round2(sums.Allowances);
                return category.Code == "O" ? taxable == expected : taxable is { } basis && basis - 1 < expected && basis + 1 > expected;
            }

            return context.Invoice.Lines.Count > 0 && taxable == sums.Taxable;
        }

        if (b.Rate is not { } rate || (ModelChecks.IsCii(context) && category.Code is "L" or "M"))
        {
            // The official CII BR-AF-08 and BR-AG-08 take their rates from ../ram:RateApplicablePercent (the settlement,
            // which has none), so "every $rate" ranges over nothing and the rules cannot fail there.
            return true;
        }

        var perRate = context.VatTotals.For(category.Code, rate);
        if (ModelChecks.IsCii(context))
        {
            return taxable == XPathMath.Round2(perRate.LineNet) + XPathMath.Round2(perRate.Charges) - XPathMath.Round2(perRate.Allowances);
        }

        if (taxable is not { } amount || context.Invoice.Lines.Count == 0)
        {
            return false;
        }

        // BR-S-08 also asks for a line, allowance or charge of the rate; BR-AF-08 and BR-AG-08 do not.
        var rateUsed = category.Code != "S" || perRate.HasLines || perRate.HasAllowancesCharges;
        if (rateUsed && amount - 1 < perRate.Taxable && amount + 1 > perRate.Taxable)
        {
            return true;
        }

        // BR-S-08 has a second branch for the other document kind (credit note lines in an invoice, invoice lines in a
        // credit note): with an allowance or charge of the rate, the lines it sums are none, so a taxable amount within
        // one of the allowances and charges alone holds as well.
        var allowancesAndCharges = perRate.Charges - perRate.Allowances;
        return category.Code == "S" && perRate.HasAllowancesCharges && amount - 1 < allowancesAndCharges && amount + 1 > allowancesAndCharges;
    }
}
