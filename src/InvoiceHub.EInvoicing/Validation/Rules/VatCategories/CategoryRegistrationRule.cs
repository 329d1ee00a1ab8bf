using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-02/03/04: a line, allowance or charge of the category needs the category's seller (and buyer) registrations.</summary>
internal sealed class CategoryRegistrationRule(VatCategory category, CategoryScope scope)
    : Rule(category.Id(2 + (int)scope), $"An Invoice that contains {Subject(scope)} where the VAT category code is \"{category.Name}\" shall contain {category.RegistrationText}.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var ok = context.Xml switch
        {
            { Syntax: XmlSyntax.Cii } xml => !UsedCii(VatCategoryXml.Of(context).For(category.Code)) || CiiTaxRegistrations.AreHeldFor(category.Code, xml),
            not null => HoldsUbl(VatCategoryXml.Of(context)),
            null => !UsedModel(context) || category.Registered(context.Invoice),
        };
        if (!ok)
        {
            findings.Add(this, FindingLocation.Root(context));
        }
    }

    private bool HoldsUbl(VatCategoryXml facts)
    {
        var counts = facts.For(category.Code);
        var registered = facts.UblRegistered(category.Code);
        return scope switch
        {
            // BR-S-02 is also broken by an S line under another scheme: its "not used" half counts any scheme.
            CategoryScope.Lines when category.Code == "S" => (counts.ClassifiedVat > 0 && registered) || counts.Classified == 0,
            CategoryScope.Lines => counts.ClassifiedVat == 0 || registered,

            // BR-O-03/04 look at document level allowances and charges only.
            CategoryScope.Allowances => (category.Code == "O" ? counts.RootAllowanceVat : counts.AllowanceContexts.Count) == 0 || registered,

            // BR-AF-04's "not used" half compares cbc:ID as written.
            _ when category.Code == "L" => counts.ChargeContexts.Count == 0 || registered || counts.ChargeVatExact == 0,
            _ => (category.Code == "O" ? counts.RootChargeVat : counts.ChargeContexts.Count) == 0 || registered,
        };
    }

    private bool UsedCii(VatCategoryXml.Counts counts) => scope switch
    {
        CategoryScope.Lines => counts.LineContexts.Count > 0,
        CategoryScope.Allowances => counts.AllowanceContexts.Count > 0,
        _ => counts.ChargeContexts.Count > 0,
    };

    private bool UsedModel(ValidationContext context)
    {
        var i = context.Invoice;
        return scope switch
        {
            CategoryScope.Lines => i.Lines.Any(category.IsLine),
            CategoryScope.Allowances => i.AllowancesCharges.Any(ac => !ac.IsCharge && category.IsAllowanceCharge(ac)),
            _ => i.AllowancesCharges.Any(ac => ac.IsCharge && category.IsAllowanceCharge(ac)),
        };
    }

    private static string Subject(CategoryScope scope) => scope switch
    {
        CategoryScope.Lines => "an Invoice line (BG-25)",
        CategoryScope.Allowances => "a Document level allowance (BG-20)",
        _ => "a Document level charge (BG-21)",
    };
}
