using System.Collections.Concurrent;
using InvoiceHub.EInvoicing.Validation.Rules.AllowancesCharges;
using InvoiceHub.EInvoicing.Validation.Rules.Calculations;
using InvoiceHub.EInvoicing.Validation.Rules.CodeLists;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Rules.Decimals;
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
    public static IEnumerable<Rule> BusinessRules() =>
        [.. ModelRules(), .. DecimalsRules.All(), .. AllowanceChargeRules.All(), .. VatCategoryFamilies.Rules()];

    // Listed, not found by reflection: scanning the assembly's types cost ~55 ms of CPU in every CLI run (the types of
    // the whole assembly are loaded). In the order of the class names; RuleCatalogTests checks that every rule class of
    // Rules/Core and Rules/Calculations is listed.
    private static Rule[] ModelRules() =>
    [
        new BR_01(), new BR_02(), new BR_03(), new BR_04(), new BR_05(), new BR_06(), new BR_07(), new BR_08(),
        new BR_09(), new BR_10(), new BR_11(), new BR_12(), new BR_13(), new BR_14(), new BR_15(), new BR_16(),
        new BR_17(), new BR_18(), new BR_19(), new BR_20(), new BR_21(), new BR_22(), new BR_23(), new BR_24(),
        new BR_25(), new BR_26(), new BR_27(), new BR_28(), new BR_29(), new BR_30(), new BR_45(), new BR_46(),
        new BR_47(), new BR_48(), new BR_49(), new BR_50(), new BR_51(), new BR_52(), new BR_53(), new BR_54(),
        new BR_55(), new BR_56(), new BR_57(), new BR_61(), new BR_62(), new BR_63(), new BR_64(), new BR_65(),
        new BR_CO_03(), new BR_CO_04(), new BR_CO_09(), new BR_CO_10(), new BR_CO_11(), new BR_CO_12(),
        new BR_CO_13(), new BR_CO_14(), new BR_CO_15(), new BR_CO_16(), new BR_CO_17(), new BR_CO_18(),
        new BR_CO_19(), new BR_CO_20(), new BR_CO_26(),
    ];
}
