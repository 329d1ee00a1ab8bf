using System.Diagnostics;
using System.Security.Cryptography;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Tests.Corpus;

namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>
/// The official EN 16931 validator (../shared/rules/en16931/*.xslt, run by Saxon-HE from Debian's libsaxonhe-java):
/// one JVM per syntax over a folder of documents, the SVRL failed asserts read back per document. Tests use it to
/// confirm that the official verdict on each of our own cases is the one we give.
/// </summary>
internal static class OfficialValidator
{
    private static readonly string[] _jars = ["/usr/share/java/Saxon-HE.jar", "/usr/share/java/saxon-he.jar"];

    public static string? Jar => _jars.FirstOrDefault(File.Exists);

    public static string? Stylesheet(string syntax) =>
        CorpusLocator.Shared is { } shared && Path.Combine(shared, "rules", "en16931", $"EN16931-{syntax}-validation.xslt") is var path && File.Exists(path) ? path : null;

    /// <summary>Why the official validator cannot run here, or null when it can.</summary>
    public static string? Unavailable =>
        Jar is null ? "Saxon-HE not found: install the Debian package libsaxonhe-java (scripts/test.sh does)"
        : Stylesheet("UBL") is null ? "official EN 16931 XSLT not found in ../shared/rules/en16931 (set INVOICEHUB_SHARED)"
        : null;

    /// <summary>
    /// Runs the official validator of one syntax ("UBL" or "CII") on named documents; answers the failed asserts (id,
    /// flag) per name, or null for a document the official XSLT stops on with a dynamic error (e.g. a repeated element
    /// where its XPath expects one). Verdicts are cached by content in the temp folder, so a rerun only runs new documents.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Flag)>?> Run(string syntax, IReadOnlyDictionary<string, byte[]> documents)
    {
        var cache = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "invoicehub-official-cache"));
        var keys = documents.ToDictionary(d => d.Key, d => Path.Combine(cache.FullName, $"{syntax}-{Convert.ToHexString(SHA256.HashData(d.Value))}.txt"), StringComparer.Ordinal);
        var toRun = documents.Where(d => !File.Exists(keys[d.Key])).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        if (toRun.Count > 0)
        {
            foreach (var (name, verdict) in RunSaxon(syntax, toRun))
            {
                File.WriteAllLines(keys[name], verdict is null ? ["error"] : verdict.Select(a => $"{a.Id}\t{a.Flag}"));
            }
        }

        var results = new Dictionary<string, IReadOnlyList<(string, string)>?>(StringComparer.Ordinal);
        foreach (var name in documents.Keys)
        {
            var lines = File.ReadAllLines(keys[name]);
            results[name] = lines is ["error"] ? null : lines.Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToList();
        }

        return results;
    }

    private static Dictionary<string, IReadOnlyList<(string Id, string Flag)>?> RunSaxon(string syntax, IReadOnlyDictionary<string, byte[]> documents)
    {
        var work = Directory.CreateTempSubdirectory("invoicehub-official-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work.FullName, "in"));
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out"));
            foreach (var (name, bytes) in documents)
            {
                File.WriteAllBytes(Path.Combine(input.FullName, name + ".xml"), bytes);
            }

            var start = new ProcessStartInfo("java")
            {
                ArgumentList = { "-jar", Jar!, $"-s:{input.FullName}", $"-o:{output.FullName}", $"-xsl:{Stylesheet(syntax)}" },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            // Saxon goes on after a document it stops on and exits non-zero; that document has no (or a partial) report.
            XNamespace svrl = "http://purl.oclc.org/dsdl/svrl";
            var results = new Dictionary<string, IReadOnlyList<(string, string)>?>(StringComparer.Ordinal);
            foreach (var name in documents.Keys)
            {
                var path = Path.Combine(output.FullName, name + ".xml");
                XDocument? report = null;
                try
                {
                    report = File.Exists(path) ? XDocument.Load(path) : null;
                }
                catch (System.Xml.XmlException)
                {
                }

                results[name] = report?.Descendants(svrl + "failed-assert")
                    .Select(a => ((string)a.Attribute("id")!, (string?)a.Attribute("flag") ?? "fatal"))
                    .ToList();
            }

            if (results.Values.All(r => r is null))
            {
                throw new InvalidOperationException($"Saxon failed ({process.ExitCode}): {errors.Result}");
            }

            return results;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
