using System.Diagnostics;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// The validation benchmarks measured in CPU time of the benchmark thread (<c>-- cpu [NAME]</c>), fastest and median of
/// ~100 ms batches: on a machine shared with other builds these are steadier than wall time for comparing versions.
/// </summary>
internal static class CpuTimings
{
    private static string? _only;

    public static void Run(string? only = null)
    {
        _only = only;
        var large = LargeInvoice.Generate(5_000);
        var invoice = InvoiceReader.Read(large).Invoice!;
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(large));
        var ubl = CorpusDocuments.Load("ubl", "*.xml");
        var cii = CorpusDocuments.Load("cii", "*.xml");
        Measure("Validate5000Lines", 1, () => InvoiceValidator.Validate(invoice, xml));
        Measure("ReadAndValidate5000Lines", 1, () => InvoiceValidator.Validate(large));
        Measure("ReadUblCorpus", ubl.Length, () => Array.ForEach(ubl, d => InvoiceReader.Read(d)));
        Measure("ReadAndValidateUblCorpus", ubl.Length, () => Array.ForEach(ubl, d => InvoiceValidator.Validate(d)));
        Measure("ReadCiiCorpus", cii.Length, () => Array.ForEach(cii, d => InvoiceReader.Read(d)));
        Measure("ReadAndValidateCiiCorpus", cii.Length, () => Array.ForEach(cii, d => InvoiceValidator.Validate(d)));
    }

    private static void Measure(string name, int documents, Action action)
    {
        if (_only is not null && name != _only)
        {
            return;
        }

        // Enough calls for tiered compilation to have replaced the tier-0 code (30 calls, then a background compile).
        var warmup = Stopwatch.StartNew();
        for (var i = 0; i < 40 || warmup.ElapsedMilliseconds < 1_500; i++)
        {
            action();
        }

        // Batches of ~100 ms: the fastest batch is the least disturbed by whatever else runs on the machine.
        var batches = new List<double>();
        var wall = Stopwatch.StartNew();
        var runs = 0;
        while (wall.ElapsedMilliseconds < 3_000)
        {
            var batchStart = ThreadCpuMs();
            var batchRuns = 0;
            do
            {
                action();
                batchRuns++;
            }
            while (ThreadCpuMs() - batchStart < 100);
            batches.Add((ThreadCpuMs() - batchStart) / batchRuns / documents);
            runs += batchRuns;
        }

        batches.Sort();
        var min = batches[0];
        var median = batches[batches.Count / 2];
        Console.WriteLine($"{name,-26} cpu min {min,9:0.000} ms/doc ({1000 / min,7:0} docs/s)  median {median,9:0.000} ms/doc ({1000 / median,7:0} docs/s)  ({runs} runs)");
    }

    /// <summary>CPU time of the calling thread (Linux schedstat, ns on a core): what the work cost, not the waits for a core.</summary>
    private static double ThreadCpuMs()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
        return long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) / 1_000_000.0;
    }
}
