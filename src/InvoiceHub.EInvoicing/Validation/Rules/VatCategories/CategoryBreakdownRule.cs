using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-01: an invoice using the category has the matching VAT breakdown (exactly one, except S, L and M which may have one per rate).</summary>
internal sealed class CategoryBreakdownRule(VatCategory category)
    : Rule(category.Id(1), $"An Invoice that contains an Invoice line, a Document level allowance or a Document level charge where the VAT category code is \"{category.Name}\" shall contain {(category.BreakdownPerRate ? "at least one" : "exactly one")} VAT breakdown (BG-23) with the VAT category code (BT-118) equal to \"{category.Name}\".")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var ok = context.Xml is { } xml
            ? xml.Syntax == XmlSyntax.Cii ? HoldsCii(VatCategoryXml.Of(context).For(category.Code)) : HoldsUbl(VatCategoryXml.Of(context).For(category.Code))
            : HoldsModel(context);
        if (!ok)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }

    // The official UBL tests differ per category in which scheme and which spelling of the code they count.
    private bool HoldsUbl(VatCategoryXml.Counts counts)
    {
        var usedUnderVat = counts.AllowanceChargeTaxVat + counts.ClassifiedVat;
        return category.Code switch
        {
            // BR-S-01 counts the code under any scheme, in use and in the breakdown.
            "S" => (counts.AllowanceChargeTax + counts.Classified > 0) == (counts.Breakdown > 0),

            // BR-AF-01 and BR-AG-01 compare the breakdown's cbc:ID as written when the category is used.
            "L" => usedUnderVat > 0 ? counts.BreakdownExact > 0 : counts.BreakdownVat == 0,
            "M" => usedUnderVat > 0 ? counts.BreakdownExactVat > 0 : counts.BreakdownVat == 0,

            // Any cac:TaxCategory under VAT counts as use, the breakdown's own one included.
            _ => (counts.TaxCategoryVat == 0 && counts.ClassifiedVat == 0) || counts.BreakdownVat == 1,
        };
    }

    // The official CII tests count trade taxes by category code whatever their type code.
    private bool HoldsCii(VatCategoryXml.Counts counts) => category.Code switch
    {
        "S" or "L" or "M" => (counts.LineTax + counts.HeaderTax >= 2 || counts.LineTax == 0)
            && (counts.AllowanceChargeTax + counts.HeaderTax >= 2 || counts.AllowanceChargeTax == 0),
        "O" => counts.HeaderTax == 0 || (counts.HeaderTax == 1 && (counts.LineTax > 0 || counts.AllowanceChargeTax > 0)),
        _ => (counts.HeaderTax == 0 && counts.LineTax == 0 && counts.AllowanceChargeTax == 0)
            || (counts.HeaderTax == 1 && (counts.LineTax > 0 || counts.AllowanceChargeTax > 0)),
    };

    // A model validated without its XML: the category's lines and allowances/charges under VAT.
    private bool HoldsModel(ValidationContext context)
    {
        var i = context.Invoice;
        var used = i.Lines.Any(category.IsLine) || i.AllowancesCharges.Any(category.IsAllowanceCharge);
        var breakdowns = i.VatBreakdown.Count(b => category.IsBreakdown(context, b));
        return category.BreakdownPerRate ? used == (breakdowns > 0) : (!used && breakdowns == 0) || breakdowns == 1;
    }
}
