using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-IC-12: an intra-community supply states the deliver-to country.</summary>
internal sealed class BR_IC_12() : Rule("BR-IC-12", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Deliver to country code (BT-80) shall not be blank.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        if (i.VatBreakdown.Any(b => VatCategoryFamilies.IntraCommunity.IsBreakdown(context, b)) && (i.Delivery?.Address?.CountryCode?.Trim().Length ?? 0) <= 1)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
