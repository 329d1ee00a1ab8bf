using System.Text.Json;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>The headline criterion: our verdicts agree with the official validation artefacts on the shared corpus.</summary>
public sealed class CorpusAgreementTests
{
    public static TheoryData<string> OfficiallyChecked()
    {
        var data = new TheoryData<string>();
        foreach (var (path, entry) in Manifest.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Text("official_checked") is { } xslt && xslt.EndsWith(".xslt", StringComparison.Ordinal))
            {
                data.Add(path);
            }
        }

        return data;
    }

    public static TheoryData<string> WithExpectation()
    {
        var data = new TheoryData<string>();
        foreach (var (path, entry) in Manifest.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.TryGetProperty("expect_valid", out var expected) && expected.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                data.Add(path);
            }
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(OfficiallyChecked))]
    public void Validate_WithProfileEn16931_FiresExactlyTheOfficialFatalRules(string path)
    {
        var entry = Manifest.Entries[path];
        var expected = entry.GetProperty("official_fatal").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

        var outcome = InvoiceValidator.Validate(File.ReadAllBytes(CorpusLocator.PathOf(path)), ValidationProfile.En16931);

        outcome.Result.ShouldNotBeNull(outcome.Read.Error?.Message);
        var actual = outcome.Result.FatalRuleIds.Order(StringComparer.Ordinal).ToList();
        string.Join(' ', actual).ShouldBe(string.Join(' ', expected), Describe(outcome.Result));
    }

    [CorpusTheory]
    [MemberData(nameof(WithExpectation))]
    public void Validate_WithProfileAutoAndSchemas_GivesTheExpectedVerdict(string path)
    {
        var expected = Manifest.Entries[path].GetProperty("expect_valid").GetBoolean();

        var schemas = new ValidationOptions(Path.Combine(CorpusLocator.Shared!, "schemas"));

        var outcome = InvoiceValidator.Validate(File.ReadAllBytes(CorpusLocator.PathOf(path)), ValidationProfile.Auto, schemas);

        outcome.Result.ShouldNotBeNull(outcome.Read.Error?.Message);
        outcome.Result.IsValid.ShouldBe(expected, Describe(outcome.Result));
    }

    private static string Describe(ValidationResult result) =>
        $"{result.RuleSet}: " + string.Join("; ", result.Findings.Where(f => f.Severity == Severity.Fatal).Take(8).Select(f => $"{f.Rule} at {f.Location}"));
}
