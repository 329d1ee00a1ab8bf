using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>
/// Differential mutation testing against the official EN 16931 validator (opt-in, minutes long): every valid EN 16931
/// UBL and CII document of the corpus and our two fixtures are mutated one step at a time (<see cref="DocumentMutator"/>),
/// and each mutant is judged by the official XSLT (one JVM per batch) and by us; every document where the sets of
/// (EN 16931 rule id, flag) differ is a disagreement. Runs only when INVOICEHUB_MUTATION_RUN is set (to a number: the
/// most mutations per seed; "all": no limit); writes a report grouped by rule and direction, with example mutants, to
/// INVOICEHUB_MUTATION_REPORT (default $TMPDIR/invoicehub-mutation).
/// </summary>
public sealed class MutationAgreementTests
{
    private const int BatchSize = 6000;

    private static readonly Regex _en16931Rule = new("^(BR-|UBL-|CII-)", RegexOptions.CultureInvariant);

    private static readonly Regex _negativeZero = new(@"text '-0(\.0+)?'$", RegexOptions.CultureInvariant);

    [MutationRunTheory]
    [InlineData("UBL")]
    [InlineData("CII")]
    public void Mutants_OfficialValidatorAndOurs_ReportTheSameRules(string syntax)
    {
        var limit = Environment.GetEnvironmentVariable("INVOICEHUB_MUTATION_RUN") is { } run && int.TryParse(run, out var n) ? n : int.MaxValue;
        var reportFolder = Directory.CreateDirectory(Path.Combine(
            Environment.GetEnvironmentVariable("INVOICEHUB_MUTATION_REPORT") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "invoicehub-mutation"),
            syntax));
        var seeds = Seeds(syntax).ToList();
        var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new Dictionary<string, (string Description, byte[] Document)>(StringComparer.Ordinal);
        var (generated, compared, unjudged, disagreeing, negativeZero) = (0, 0, 0, 0, 0);
        var saxon = new Stopwatch();

        void Flush()
        {
            saxon.Start();
            var official = OfficialValidator.Run(syntax, batch.ToDictionary(b => b.Key, b => b.Value.Document, StringComparer.Ordinal));
            saxon.Stop();
            foreach (var (name, (description, document)) in batch)
            {
                if (official[name] is not { } verdict)
                {
                    unjudged++;
                    continue;
                }

                compared++;
                var theirs = verdict.Where(a => _en16931Rule.IsMatch(a.Id)).Select(a => $"{a.Id}:{a.Flag}").ToHashSet(StringComparer.Ordinal);
                var result = InvoiceValidator.Validate(document, ValidationProfile.En16931).Result;
                var ours = result is null
                    ? ["(unreadable)"]
                    : result.Findings.Where(f => _en16931Rule.IsMatch(f.Rule)).Select(f => $"{f.Rule}:{(f.Severity == Severity.Fatal ? "fatal" : "warning")}").ToHashSet(StringComparer.Ordinal);
                var keys = theirs.Except(ours).Select(k => $"official only {k}").Concat(ours.Except(theirs).Select(k => $"ours only {k}")).ToList();
                if (keys.Count == 0)
                {
                    continue;
                }

                if (_negativeZero.IsMatch(description))
                {
                    // Saxon-HE 9.9 finds an untyped "-0.00" unequal to 0 (XPath 2.0 casts it to xs:double, where -0 = 0):
                    // an engine bug we do not copy (docs/validation.md). Counted, not failed.
                    negativeZero++;
                    continue;
                }

                disagreeing++;
                foreach (var key in keys)
                {
                    if (!groups.TryGetValue(key, out var examples))
                    {
                        groups[key] = examples = [];
                    }

                    if (examples.Count < 5)
                    {
                        var file = $"{key.Replace(' ', '_').Replace(':', '_')}-{examples.Count + 1}.xml";
                        File.WriteAllBytes(Path.Combine(reportFolder.FullName, file), document);
                        examples.Add($"{description} ({file})");
                    }
                    else
                    {
                        examples.Add(description);
                    }
                }
            }

            batch.Clear();
        }

        foreach (var (seedName, seed) in seeds)
        {
            var document = XDocument.Parse(Encoding.UTF8.GetString(seed), LoadOptions.PreserveWhitespace);
            // Large seeds (embedded attachments) get fewer mutants, so a run stays within a few hundred MB of documents.
            var perSeed = Math.Min(limit, Math.Max(50, 20_000_000 / seed.Length));
            foreach (var (step, mutant) in DocumentMutator.Mutate(document, perSeed).Prepend(("seed", seed)))
            {
                generated++;
                if (seen.Add(Convert.ToHexString(SHA256.HashData(mutant))))
                {
                    batch[$"m{generated:D6}"] = ($"{seedName} {step}", mutant);
                }

                if (batch.Count == BatchSize)
                {
                    Flush();
                }
            }
        }

        Flush();

        var report = new StringBuilder()
            .AppendLine($"{syntax}: {seeds.Count} seeds, {generated} mutants generated, {seen.Count} distinct, {compared} compared, {unjudged} the official XSLT stops on, {disagreeing} disagreeing ({negativeZero} more only where a value was set to -0: Saxon's bug); Saxon {saxon.Elapsed.TotalSeconds:F0} s")
            .AppendLine();
        foreach (var (key, examples) in groups)
        {
            report.AppendLine($"{key}: {examples.Count} documents");
            foreach (var example in examples.Take(12))
            {
                report.AppendLine($"    {example}");
            }
        }

        File.WriteAllText(Path.Combine(reportFolder.FullName, "report.txt"), report.ToString());
        groups.ShouldBeEmpty(report.ToString());
    }

    /// <summary>Our fixture of the syntax and the corpus documents of it that the manifest says are valid EN 16931 documents.</summary>
    private static IEnumerable<(string Name, byte[] Document)> Seeds(string syntax)
    {
        var fixture = syntax == "UBL" ? "Fixtures.ValidUblInvoice.xml" : "Fixtures.ValidCiiInvoice.xml";
        using (var stream = typeof(MutationAgreementTests).Assembly.GetManifestResourceStream(fixture)!)
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            yield return (fixture, memory.ToArray());
        }

        foreach (var (path, entry) in Manifest.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var ofSyntax = syntax == "UBL" ? entry.Text("syntax") is "ubl-invoice" or "ubl-creditnote" : entry.Text("syntax") == "cii";
            if (ofSyntax
                && entry.TryGetProperty("expect_valid", out var valid) && valid.ValueKind == JsonValueKind.True
                && entry.TryGetProperty("en16931_rules_apply", out var applies) && applies.ValueKind == JsonValueKind.True
                && entry.TryGetProperty("official_fatal", out var fatal) && fatal.GetArrayLength() == 0)
            {
                yield return (path, File.ReadAllBytes(CorpusLocator.PathOf(path)));
            }
        }
    }
}
