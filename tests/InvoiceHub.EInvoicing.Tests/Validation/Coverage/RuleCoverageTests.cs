using System.Reflection;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The official way of testing the rules, for every rule we ship: each rule id of each rule set, per syntax, has a
/// document that triggers it and one that does not (<see cref="RuleCase"/>, collected from every
/// <see cref="RuleCaseSourceAttribute"/> member of this assembly), and each case holds.
/// </summary>
public sealed class RuleCoverageTests
{
    /// <summary>
    /// Rules no document our reader accepts can trigger, each with the reason. Reviewed one by one; keep it tiny.
    /// </summary>
    private static readonly Dictionary<(string Syntax, string Rule), string> _untestable = new()
    {
        [("CII", "BR-AF-09")] = "the official CII binding states BR-AF-09 as true(): it cannot fail",
        [("CII", "BR-AG-09")] = "the official CII binding states BR-AG-09 as true(): it cannot fail",
        [("CII", "BR-AF-08")] = "the official CII binding takes the rates from ../ram:RateApplicablePercent of the breakdown's parent, which has none: \"every\" over nothing holds",
        [("CII", "BR-AG-08")] = "the official CII binding takes the rates from ../ram:RateApplicablePercent of the breakdown's parent, which has none: \"every\" over nothing holds",
        [("UBL", "BR-DEC-13")] = "the official UBL binding compares @currencyID with a cbc:DocumentCurrencyCode child of the TaxAmount, which never exists: it cannot fail",
        [("UBL", "BR-DEC-15")] = "the official UBL binding compares @currencyID with a cbc:TaxCurrencyCode child of the TaxAmount, which never exists: it cannot fail",
    };

    private static readonly Lazy<IReadOnlyList<RuleCase>> _cases = new(Collect);

    /// <summary>Every rule case of this assembly (the official-validator agreement test runs them too).</summary>
    internal static IReadOnlyList<RuleCase> AllCases => _cases.Value;

    public static TheoryData<string> OwnFixtureCases() => Names(c => !c.NeedsCorpus);

    public static TheoryData<string> CorpusCases() => Names(c => c.NeedsCorpus);

    [Theory]
    [MemberData(nameof(OwnFixtureCases))]
    public void Validate_RuleCase_TriggeringDocumentFiresTheRule_AndNotTriggeringDocumentDoesNot(string @case) => Run(Find(@case));

    [CorpusTheory]
    [MemberData(nameof(CorpusCases))]
    public void Validate_CorpusRuleCase_TriggeringDocumentFiresTheRule_AndNotTriggeringDocumentDoesNot(string @case) => Run(Find(@case));

    [Fact]
    public void RuleCases_CoverEveryRuleOfEveryRuleSet_PerSyntax()
    {
        var covered = _cases.Value.Select(c => (c.Syntax, c.Rule)).ToHashSet();
        var missing = RuleCatalog.Inventory()
            .Select(r => (Syntax: SyntaxName(r.Syntax), Rule: r.RuleId))
            .Distinct()
            .Where(r => !covered.Contains(r) && !_untestable.ContainsKey(r))
            .Select(r => $"{r.Syntax} {r.Rule}")
            .Order(StringComparer.Ordinal)
            .ToList();

        missing.ShouldBeEmpty($"{missing.Count} rules without a triggering and a non-triggering document:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void RuleCases_NameOnlyRulesOfTheCatalog_ForTheirSyntax()
    {
        var known = RuleCatalog.Inventory().Select(r => (SyntaxName(r.Syntax), r.RuleId)).ToHashSet();
        var stale = _cases.Value.Where(c => !known.Contains((c.Syntax, c.Rule))).Select(c => c.ToString()).ToList();
        var untestableButCovered = _untestable.Keys.Where(k => !known.Contains(k) || _cases.Value.Any(c => (c.Syntax, c.Rule) == k)).ToList();

        stale.ShouldBeEmpty();
        untestableButCovered.ShouldBeEmpty();
    }

    [Fact]
    public void RuleCases_AreUniquePerFamilySyntaxAndRule()
    {
        var duplicates = _cases.Value.GroupBy(c => c.ToString(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        duplicates.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("UBL")]
    [InlineData("CII")]
    public void Validate_ValidFixture_FiresNoFatalRule(string syntax)
    {
        var fixture = syntax == "CII" ? UblFixture.ValidCii() : UblFixture.Valid();

        var result = InvoiceValidator.Validate(fixture.ToBytes(), ValidationProfile.En16931).Result!;

        result.Findings.Where(f => f.Severity == Severity.Fatal).Select(f => $"{f.Rule} at {f.Location}").ShouldBeEmpty();
    }

    private static void Run(RuleCase @case)
    {
        var triggered = InvoiceValidator.Validate(@case.Triggering(), @case.Profile);
        var clean = InvoiceValidator.Validate(@case.NotTriggering(), @case.Profile);

        triggered.Result.ShouldNotBeNull($"triggering document unreadable: {triggered.Read.Error}");
        clean.Result.ShouldNotBeNull($"non-triggering document unreadable: {clean.Read.Error}");
        clean.Result.RuleSet.ShouldBe(triggered.Result.RuleSet, "both documents are judged by the same rule set");
        triggered.Result.Findings.Select(f => f.Rule).ShouldContain(@case.Rule,
            $"{triggered.Result.RuleSet} fired: " + string.Join(", ", triggered.Result.Findings.Select(f => f.Rule).Distinct()));
        clean.Result.Findings.Where(f => f.Rule == @case.Rule).Select(f => $"{f.Rule} at {f.Location}").ShouldBeEmpty();
    }

    private static RuleCase Find(string name) => _cases.Value.First(c => c.ToString() == name);

    private static TheoryData<string> Names(Func<RuleCase, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var name in _cases.Value.Where(which).Select(c => c.ToString()).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    private static string SyntaxName(XmlSyntax syntax) => syntax == XmlSyntax.Cii ? "CII" : "UBL";

    private static List<RuleCase> Collect()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var cases = new List<RuleCase>();
        foreach (var type in typeof(RuleCoverageTests).Assembly.GetTypes())
        {
            foreach (var member in type.GetMembers(Static).Where(m => m.IsDefined(typeof(RuleCaseSourceAttribute))))
            {
                var value = member switch
                {
                    PropertyInfo property => property.GetValue(null),
                    MethodInfo method => method.Invoke(null, null),
                    _ => null,
                };
                cases.AddRange(value as IEnumerable<RuleCase> ?? throw new InvalidOperationException($"{type.Name}.{member.Name} is not a static IEnumerable<RuleCase> source"));
            }
        }

        return cases;
    }
}
