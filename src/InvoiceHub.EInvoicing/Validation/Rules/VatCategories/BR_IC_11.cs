using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-IC-11: an intra-community supply states the actual delivery date or the invoicing period.</summary>
internal sealed class BR_IC_11() : Rule("BR-IC-11", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Actual delivery date (BT-72) or the Invoicing period (BG-14) shall not be blank.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        if (i.VatBreakdown.Any(b => VatCategoryFamilies.IntraCommunity.IsBreakdown(context, b)) && i.Delivery?.ActualDate is null
            && i.InvoicingPeriod is not { StartDate: not null } and not { EndDate: not null })
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
