using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-O-11: an invoice not subject to VAT has nothing of another VAT category.</summary>
internal sealed class BR_O_11() : Rule("BR-O-11", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain a VAT breakdown group (BG-23) with a VAT category code (BT-118) other than \"Not subject to VAT\".")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Cii } xml)
        {
            CiiNotSubjectBreakdowns.Check(this, xml, Ns.Ram + "ApplicableTradeTax", findings);
            return;
        }

        var i = context.Invoice;
        var others = context.Xml is null
            ? i.VatBreakdown.Any(b => Categories.IsVatScheme(b.TaxScheme) && !Categories.IsCode(b.CategoryCode, "O"))
            : VatCategoryXml.Of(context).AnyOther("O", c => c.BreakdownVat);
        if (i.VatBreakdown.Any(b => VatCategoryFamilies.NotSubject.IsBreakdown(context, b)) && others)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
