using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// Runs the Peppol national and XRechnung extension rule cases until the generic coverage runner (which collects every
/// [RuleCaseSource]) is on this branch: the triggering document has a finding of the rule, the other has none.
/// </summary>
public sealed class NationalAndExtensionRuleCaseTests
{
    private static readonly Lazy<Dictionary<string, RuleCase>> _cases = new(() =>
        PeppolNationalRuleCases.Cases().Concat(XRechnungExtensionRuleCases.Cases()).ToDictionary(c => c.ToString()));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in _cases.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Names))]
    public void Validate_RuleCase_FiresOnTheTriggeringDocumentOnly(string name)
    {
        var rule = _cases.Value[name];

        var triggered = InvoiceValidator.Validate(rule.Triggering(), rule.Profile).Result!;
        var clean = InvoiceValidator.Validate(rule.NotTriggering(), rule.Profile).Result!;

        clean.Findings.Where(f => f.Rule == rule.Rule).Select(f => f.Location).ShouldBeEmpty($"{clean.RuleSet}: {rule.Rule} fired on the document that satisfies it");
        triggered.Findings.Select(f => f.Rule).ShouldContain(rule.Rule, $"{triggered.RuleSet}: " + string.Join(", ", triggered.Findings.Select(f => f.Rule).Distinct()));
    }
}
