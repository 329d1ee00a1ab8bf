using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-02/03/04: a line, allowance or charge of the category needs the category's seller (and buyer) registrations.</summary>
internal sealed class CategoryRegistrationRule(VatCategory category, CategoryScope scope)
    : Rule(category.Id(2 + (int)scope), $"An Invoice that contains {Subject(scope)} where the VAT category code is \"{category.Name}\" shall contain {category.RegistrationText}.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var i = context.Invoice;
        var used = scope switch
        {
            CategoryScope.Lines => i.Lines.Any(category.IsLine),
            CategoryScope.Allowances => i.AllowancesCharges.Any(ac => !ac.IsCharge && category.IsAllowanceCharge(ac)),
            _ => i.AllowancesCharges.Any(ac => ac.IsCharge && category.IsAllowanceCharge(ac)),
        };
        var registered = context.Xml is { Syntax: XmlSyntax.Cii } xml ? CiiTaxRegistrations.Hold(category.Code, xml) : category.Registered(i);
        if (used && !registered)
        {
            findings.Add(this, Where.Root(context));
        }
    }

    private static string Subject(CategoryScope scope) => scope switch
    {
        CategoryScope.Lines => "an Invoice line (BG-25)",
        CategoryScope.Allowances => "a Document level allowance (BG-20)",
        _ => "a Document level charge (BG-21)",
    };
}
