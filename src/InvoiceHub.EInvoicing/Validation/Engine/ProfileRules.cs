using System.Diagnostics.CodeAnalysis;
using InvoiceHub.EInvoicing.Validation.Rules.Peppol;
using InvoiceHub.EInvoicing.Validation.Rules.XRechnung;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The rules a profile adds on top of the EN 16931 core (XRechnung BR-DE-*, Peppol, OIOUBL).</summary>
internal static class ProfileRules
{
    private static readonly IReadOnlyList<Rule> _none = [];
    private static readonly Lazy<IReadOnlyList<Rule>> _xrechnung = new(() => InNamespace("InvoiceHub.EInvoicing.Validation.Rules.XRechnung", ThirdPartyPaymentRules.All()));
    private static readonly Lazy<IReadOnlyList<Rule>> _peppol = new(() => InNamespace("InvoiceHub.EInvoicing.Validation.Rules.Peppol", PeppolIdentifierFormatRules.All()));
    private static readonly Lazy<IReadOnlyList<Rule>> _oioubl = new(() => InNamespace("InvoiceHub.EInvoicing.Validation.Rules.Oioubl", []));

    /// <summary>The profiles that add rules to the EN 16931 core.</summary>
    public static IReadOnlyList<string> Names { get; } = ["xrechnung", "xrechnung-extension", "xrechnung-cvd", "peppol", "oioubl"];

    public static IReadOnlyList<Rule> For(XmlSyntax syntax, string profile)
    {
        var rules = profile switch
        {
            "xrechnung" or "xrechnung-extension" or "xrechnung-cvd" => _xrechnung.Value,
            "peppol" => _peppol.Value,
            "oioubl" when syntax == XmlSyntax.Ubl => _oioubl.Value,
            _ => _none,
        };
        return rules.Any(r => r is XmlRule x && !x.BindsTo(syntax)) ? [.. rules.Where(r => r is not XmlRule x || x.BindsTo(syntax))] : rules;
    }

    /// <summary>
    /// Every rule class of a family's folder (one instance each; a class with constructor parameters is a row's shape,
    /// not a rule) and the family's table rows, in id order (the order findings come out in).
    /// </summary>
    /// <remarks>
    /// Trimmed builds (the CLI's native build, docs/cli.md) keep this assembly whole (<c>TrimmerRootAssembly</c>), so
    /// every rule type and its constructor are there to be found.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Trimmed builds root this assembly whole.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Trimmed builds root this assembly whole.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Trimmed builds root this assembly whole.")]
    private static IReadOnlyList<Rule> InNamespace(string ns, IEnumerable<Rule> rows) =>
        typeof(ProfileRules).Assembly.GetTypes()
            .Where(t => t.Namespace == ns && !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .Concat(rows)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
}
