using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-01: an invoice using the category has the matching VAT breakdown (exactly one, except S, L and M which may have one per rate).</summary>
internal sealed class CategoryBreakdownRule(VatCategory category)
    : Rule(category.Id(1), $"An Invoice that contains an Invoice line, a Document level allowance or a Document level charge where the VAT category code is \"{category.Name}\" shall contain {(category.BreakdownPerRate ? "at least one" : "exactly one")} VAT breakdown (BG-23) with the VAT category code (BT-118) equal to \"{category.Name}\".")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        var used = i.Lines.Any(category.IsLine) || i.AllowancesCharges.Any(category.IsAllowanceCharge);
        var breakdowns = i.VatBreakdown.Count(category.IsBreakdown);
        bool ok;
        if (category.BreakdownPerRate)
        {
            // UBL: used <=> breakdown present; CII only requires a breakdown when the category is used.
            ok = M.Cii(context) ? !used || breakdowns > 0 : used == (breakdowns > 0);
        }
        else if (M.Cii(context))
        {
            ok = category.Code == "O"
                ? breakdowns == 0 || (breakdowns == 1 && used)
                : (breakdowns == 0 && !used) || (breakdowns == 1 && used);
        }
        else
        {
            ok = (!used && breakdowns == 0) || breakdowns == 1;
        }

        if (!ok)
        {
            findings.Add(this, Where.Root(context));
        }
    }
}
