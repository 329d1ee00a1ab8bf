using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-B-02: split payment (B) and standard rated (S) are not mixed in one invoice.</summary>
internal sealed class BR_B_02() : Rule("BR-B-02", "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Split payment\" shall not contain an invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Standard rated\".")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (UsesSplitPayment(context.Invoice) && Uses(context.Invoice, "S"))
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }

    public static bool UsesSplitPayment(Invoice i) => Uses(i, "B");

    private static bool Uses(Invoice i, string code) =>
        i.VatBreakdown.Any(b => Categories.IsCode(b.CategoryCode, code)) || i.AllowancesCharges.Any(a => Categories.IsCode(a.VatCategoryCode, code))
        || i.Lines.Any(l => Categories.IsCode(l.Vat?.CategoryCode, code));
}
