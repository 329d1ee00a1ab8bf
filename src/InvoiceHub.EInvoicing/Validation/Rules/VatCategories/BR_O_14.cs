using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-O-14: an invoice not subject to VAT has nothing of another VAT category.</summary>
internal sealed class BR_O_14() : Rule("BR-O-14", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is not \"Not subject to VAT\".")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Cii } xml)
        {
            CiiNotSubjectBreakdowns.Check(this, xml, Ns.Ram + "CategoryTradeTax", findings);
            return;
        }

        var i = context.Invoice;
        var others = context.Xml is null
            ? i.AllowancesCharges.Any(a => a.IsCharge && a.VatCategoryCode is not null && !Categories.IsCode(a.VatCategoryCode, "O"))
            : VatCategoryXml.Of(context).AnyOther("O", c => c.ChargeContexts.Count);
        if (i.VatBreakdown.Any(b => VatCategoryFamilies.NotSubject.IsBreakdown(context, b)) && others)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
