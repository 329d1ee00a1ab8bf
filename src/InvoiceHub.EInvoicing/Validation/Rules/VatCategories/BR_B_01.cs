using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-B-01: split payment (category B) is for Italian domestic invoices only.</summary>
internal sealed class BR_B_01() : Rule("BR-B-01", "An Invoice where the VAT category code (BT-151, BT-95 or BT-102) is \"Split payment\" shall be a domestic Italian invoice.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        if (!BR_B_02.UsesSplitPayment(i))
        {
            return;
        }

        var countries = new[] { i.Seller.Address, i.Buyer.Address, i.TaxRepresentative?.Address, i.Delivery?.Address, i.Payee?.Address }
            .Select(a => a?.CountryCode).Concat(i.Lines.Select(l => l.Item.OriginCountry)).Where(code => code is not null);
        if (countries.Any(code => code != "IT"))
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
