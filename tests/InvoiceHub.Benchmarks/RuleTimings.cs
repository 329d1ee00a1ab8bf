using System.Diagnostics;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// A per-rule timing harness (<c>-- rules</c>): where validation time goes, rule by rule, on the 5,000-line invoice and
/// on the corpus UBL and CII documents. BenchmarkDotNet gives the headline figures; this says which rule to look at.
/// </summary>
internal static class RuleTimings
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Rule, string> _keys = new();

    // As InvoiceValidator reads: the rules' XElement tree is built in the reader's own pass.
    private static readonly ReadOptions _readWithSourceTree = new() { KeepSourceTree = true };

    public static void Run(int top)
    {
        var large = LargeInvoice.Generate(5_000);
        Report("5,000-line UBL invoice", [large], 5, top);
        Report("corpus UBL + CII", [.. CorpusDocuments.Load("ubl", "*.xml"), .. CorpusDocuments.Load("cii", "*.xml")], 50, top);
    }

    private static void Report(string title, byte[][] documents, int rounds, int top)
    {
        var prepared = documents.Select(Prepare).ToList();
        var perRule = new Dictionary<string, double>(StringComparer.Ordinal);
        var bytesPerRule = new Dictionary<string, long>(StringComparer.Ordinal);
        double read = 0, index = 0;
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (bytes, _) in prepared)
            {
                var start = Stopwatch.GetTimestamp();
                var result = InvoiceReader.Read(bytes, _readWithSourceTree);
                read += Stopwatch.GetElapsedTime(start).TotalMilliseconds;

                start = Stopwatch.GetTimestamp();
                var xml = new XmlIndex(result.SourceTree!);
                index += Stopwatch.GetElapsedTime(start).TotalMilliseconds;

                var invoice = result.Invoice!;
                // The same choice InvoiceValidator makes with --profile auto, which the corpus benchmarks use.
                var (profile, _, applies) = ProfileSelector.Select(invoice, xml.Syntax, ValidationProfile.Auto);
                var context = new ValidationContext(invoice, xml);
                var findings = new FindingSink();
                foreach (var rule in RuleCatalog.For(xml.Syntax, profile).Rules.Where(applies))
                {
                    var key = Key(rule);
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    start = Stopwatch.GetTimestamp();
                    rule.Check(context, findings);
                    perRule[key] = perRule.GetValueOrDefault(key) + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    bytesPerRule[key] = bytesPerRule.GetValueOrDefault(key) + GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
        }

        var count = rounds * documents.Length;
        var rules = perRule.Values.Sum();
        Console.WriteLine($"== {title}: per document over {count} runs (ms): read (with the rules' tree) {read / count:0.000}, index {index / count:0.000}, rules {rules / count:0.000}; wall {total.Elapsed.TotalMilliseconds / count:0.000}");
        foreach (var group in perRule.GroupBy(p => p.Key.Split('/')[0]).OrderByDescending(g => g.Sum(p => p.Value)).Take(12))
        {
            Console.WriteLine($"   {group.Key,-34} {group.Count(),5} rules {group.Sum(p => p.Value) / count,9:0.000} ms");
        }

        foreach (var (rule, ms) in perRule.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"   {rule,-50} {ms / count,9:0.0000} ms");
        }

        // In a short process allocated bytes are time too (page faults, clearing, collections): docs/cli.md, "Speed".
        Console.WriteLine($"   allocated by the rules: {bytesPerRule.Values.Sum() / count / 1024.0:N0} KB per document; most:");
        foreach (var (rule, bytes) in bytesPerRule.OrderByDescending(p => p.Value).Take(Math.Min(top, 10)))
        {
            Console.WriteLine($"   {rule,-50} {bytes / count / 1024.0,9:N1} KB");
        }
    }

    // Built once per rule: a string per rule per document would cost more than many of the rules.
    private static string Key(Rule rule) =>
        _keys.GetOrAdd(rule, r => r.GetType().Namespace![(typeof(Rule).Namespace!.Length - "Engine".Length)..] + "/" + r.GetType().Name + " " + r.Id);

    private static (byte[] Bytes, int Unused) Prepare(byte[] bytes)
    {
        // Warm every rule set once so the first round does not pay for building them.
        InvoiceValidator.Validate(bytes);
        return (bytes, 0);
    }
}
