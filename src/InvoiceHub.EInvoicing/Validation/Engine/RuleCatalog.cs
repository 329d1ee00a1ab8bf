using System.Collections.Concurrent;
using InvoiceHub.EInvoicing.Validation.Rules.AllowancesCharges;
using InvoiceHub.EInvoicing.Validation.Rules.CodeLists;
using InvoiceHub.EInvoicing.Validation.Rules.Syntax.Cii;
using InvoiceHub.EInvoicing.Validation.Rules.Syntax.Ubl;
using InvoiceHub.EInvoicing.Validation.Rules.VatCategories;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>All rule sets, built once (rules are stateless, so one instance serves every thread).</summary>
internal static class RuleCatalog
{
    private static readonly Lazy<RuleSet> _en16931Ubl = new(() => new RuleSet("EN16931-UBL", [.. BusinessRules(), .. CodeListRules.Ubl(), .. UblSyntaxRules.Create()]));
    private static readonly Lazy<RuleSet> _en16931Cii = new(() => new RuleSet("EN16931-CII", [.. BusinessRules(), .. CodeListRules.Cii(), .. CiiSyntaxRules.Create()]));
    private static readonly ConcurrentDictionary<(XmlSyntax Syntax, string Profile), RuleSet> _byProfile = new();
    private static readonly Lazy<RuleSet> _en16931Model = new(() => new RuleSet("EN16931", [.. BusinessRules()]));

    public static RuleSet En16931Ubl => _en16931Ubl.Value;

    /// <summary>The rules for a syntax and profile: the EN 16931 core plus the profile's own rules (national CIUS, Peppol, OIOUBL).</summary>
    public static RuleSet For(XmlSyntax syntax, string profile) =>
        _byProfile.GetOrAdd((syntax, profile), key =>
        {
            var core = key.Syntax == XmlSyntax.Cii ? En16931Cii : En16931Ubl;
            var extra = ProfileRules.For(key.Syntax, key.Profile);
            return extra.Count == 0 ? core : new RuleSet(core.Name, [.. core.Rules, .. extra]);
        });

    public static RuleSet En16931Cii => _en16931Cii.Value;

    /// <summary>The EN 16931 business rules alone, for a model without source XML.</summary>
    public static RuleSet En16931Model => _en16931Model.Value;

    /// <summary>
    /// Every rule id of every rule set we ship, by syntax and profile: the EN 16931 core as "en16931", each profile with
    /// the rules it adds. The rule coverage test checks that each has a document that triggers it and one that does not.
    /// </summary>
    public static IEnumerable<(XmlSyntax Syntax, string Profile, string RuleId)> Inventory()
    {
        foreach (var syntax in new[] { XmlSyntax.Ubl, XmlSyntax.Cii })
        {
            var core = syntax == XmlSyntax.Cii ? En16931Cii : En16931Ubl;
            foreach (var id in core.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal))
            {
                yield return (syntax, "en16931", id);
            }

            foreach (var profile in ProfileRules.Names)
            {
                foreach (var id in ProfileRules.For(syntax, profile).Select(r => r.Id).Distinct(StringComparer.Ordinal))
                {
                    yield return (syntax, profile, id);
                }
            }
        }
    }

    /// <summary>The business rules over the model: core, calculations, decimals and VAT categories.</summary>
    public static IEnumerable<Rule> BusinessRules()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var generic = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null
                && t.Namespace is "InvoiceHub.EInvoicing.Validation.Rules.Core" or "InvoiceHub.EInvoicing.Validation.Rules.Calculations" or "InvoiceHub.EInvoicing.Validation.Rules.Decimals")
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (Rule)Activator.CreateInstance(t)!);
        return generic.Concat(AllowanceChargeRules.All()).Concat(VatCategoryFamilies.Rules());
    }
}
