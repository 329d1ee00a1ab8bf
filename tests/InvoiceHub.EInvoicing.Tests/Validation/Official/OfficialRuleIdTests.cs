using System.Text.RegularExpressions;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>Every syntax-binding rule id of the official EN 16931 sets (../shared/rules/en16931) is one of ours.</summary>
public sealed partial class OfficialRuleIdTests
{
    [CorpusTheory]
    [InlineData("CII", "CII-SR-")]
    [InlineData("UBL", "UBL-SR-")]
    public void OfficialSchematron_SyntaxRuleIds_AreAllInOurRuleSet(string syntax, string prefix)
    {
        var schematron = File.ReadAllText(Path.Combine(CorpusLocator.Shared!, "rules", "en16931", $"EN16931-{syntax}-validation-preprocessed.sch"));
        var official = AssertId().Matches(schematron).Select(m => m.Groups[1].Value).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var ours = RuleCatalog.Inventory()
            .Where(r => r.Profile == "en16931" && r.Syntax == (syntax == "CII" ? XmlSyntax.Cii : XmlSyntax.Ubl))
            .Select(r => r.RuleId)
            .ToHashSet(StringComparer.Ordinal);

        official.Count.ShouldBeGreaterThan(10, "the official set was read");
        official.Except(ours).Order(StringComparer.Ordinal).ShouldBeEmpty();
    }

    [GeneratedRegex("<assert id=\"([^\"]+)\"")]
    private static partial Regex AssertId();
}
