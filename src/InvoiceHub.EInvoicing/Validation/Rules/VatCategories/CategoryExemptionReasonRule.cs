using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-10: exempt categories need an exemption reason (text or code); rated ones must not have one.</summary>
internal sealed class CategoryExemptionReasonRule(VatCategory category)
    : Rule(category.Id(10), category.ExemptionReasonRequired
        ? $"A VAT breakdown (BG-23) with VAT Category code (BT-118) \"{category.Name}\" shall have a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."
        : $"A VAT breakdown (BG-23) with VAT Category code (BT-118) \"{category.Name}\" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (!category.IsBreakdown(context, b))
            {
                continue;
            }

            var hasReason = b.ExemptionReason is not null || b.ExemptionReasonCode is not null;
            if (hasReason != category.ExemptionReasonRequired)
            {
                findings.Add(this, FindingLocation.VatBreakdown(context, n));
            }
        }
    }
}
