using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-O-12: an invoice not subject to VAT has nothing of another VAT category.</summary>
internal sealed class BR_O_12() : Rule("BR-O-12", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain a Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is not \"Not subject to VAT\".")
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
            ? i.Lines.Any(l => Categories.IsVatScheme(l.Vat?.TaxScheme) && l.Vat?.CategoryCode is not null && !Categories.IsCode(l.Vat.CategoryCode, "O"))
            : VatCategoryXml.Of(context).AnyOther("O", c => c.ClassifiedVat);
        if (i.VatBreakdown.Any(b => VatCategoryFamilies.NotSubject.IsBreakdown(context, b)) && others)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }
}
