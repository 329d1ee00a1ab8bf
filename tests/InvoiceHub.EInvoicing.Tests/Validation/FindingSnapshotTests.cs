using System.IO.Compression;
using System.Text;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// A regression guard for performance work on the engine: every finding (rule, severity, location, message) for every
/// corpus document and stress document under every profile must stay exactly what the reference engine produced.
/// The snapshot is our own output (never the official files), computed by the engine before the performance work;
/// regenerate it only for an intended change of verdicts or a changed corpus, with INVOICEHUB_WRITE_SNAPSHOT=1, and
/// review the difference (zcat old and new) before committing it.
/// </summary>
public sealed class FindingSnapshotTests
{
    private const string SnapshotFile = "corpus-findings.txt.gz";

    private static readonly ValidationProfile[] _profiles =
        [ValidationProfile.Auto, ValidationProfile.En16931, ValidationProfile.XRechnung, ValidationProfile.Peppol, ValidationProfile.Oioubl];

    [CorpusFact]
    public void Validate_EveryCorpusAndStressDocumentUnderEveryProfile_GivesTheSnapshotFindings()
    {
        var actual = Render();
        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "Snapshots", SnapshotFile);
        if (Environment.GetEnvironmentVariable("INVOICEHUB_WRITE_SNAPSHOT") == "1")
        {
            Write(Path.Combine(SourceFolder(), "Validation", "Snapshots", SnapshotFile), actual);
            return;
        }

        var expected = Read(snapshotPath);
        if (actual != expected)
        {
            var actualLines = actual.Split('\n');
            var expectedLines = expected.Split('\n');
            var first = Enumerable.Range(0, Math.Min(actualLines.Length, expectedLines.Length)).FirstOrDefault(i => actualLines[i] != expectedLines[i], Math.Min(actualLines.Length, expectedLines.Length));
            var dump = Path.Combine(Path.GetTempPath(), "invoicehub-findings-actual.txt");
            File.WriteAllText(dump, actual);
            Assert.Fail($"findings differ from the snapshot at line {first + 1}:\n  expected: {At(expectedLines, first)}\n  actual:   {At(actualLines, first)}\nfull output: {dump}");
        }
    }

    private static string Render()
    {
        var documents = Directory.EnumerateFiles(CorpusLocator.CorpusFolder!, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Name: Path.GetRelativePath(CorpusLocator.CorpusFolder!, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Concat(StressDocuments.All().Select(d => (d.Name, Bytes: d.Xml)));
        var text = new StringBuilder();
        foreach (var (name, bytes) in documents)
        {
            foreach (var profile in _profiles)
            {
                var outcome = InvoiceValidator.Validate(bytes, profile);
                if (outcome.Result is not { } result)
                {
                    text.Append(name).Append('\t').Append(profile).Append("\tunreadable\n");
                    continue;
                }

                text.Append(name).Append('\t').Append(profile).Append('\t').Append(result.Profile).Append('\t').Append(result.RuleSet)
                    .Append("\tvalid=").Append(result.IsValid).Append("\tfindings=").Append(result.Findings.Count).Append('\n');
                foreach (var finding in result.Findings)
                {
                    text.Append("  ").Append(finding.Rule).Append('\t').Append(finding.Severity).Append('\t').Append(finding.Location)
                        .Append('\t').Append(finding.Message).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "(end)";

    private static string Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceHub.EInvoicing.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("test project folder not found");
    }
}
