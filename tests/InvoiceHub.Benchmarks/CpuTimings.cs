using System.Diagnostics;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// The validation benchmarks measured in CPU time of this process (<c>-- cpu</c>) as well as wall time: on a machine
/// shared with other builds, CPU time is the steadier figure for comparing two versions of the engine.
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

        GC.Collect();
        var cpu = ThreadCpuMs();
        var wall = Stopwatch.StartNew();
        var runs = 0;
        while (wall.ElapsedMilliseconds < 3_000)
        {
            action();
            runs++;
        }

        var perDocCpu = (ThreadCpuMs() - cpu) / runs / documents;
        var perDocWall = wall.Elapsed.TotalMilliseconds / runs / documents;
        Console.WriteLine($"{name,-26} cpu {perDocCpu,10:0.000} ms/doc ({1000 / perDocCpu,8:0} docs/s)   wall {perDocWall,10:0.000} ms/doc   ({runs} runs)");
    }

    /// <summary>CPU time of the calling thread (Linux schedstat, ns on a core): what the work cost, not the waits for a core.</summary>
    private static double ThreadCpuMs()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
        return long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) / 1_000_000.0;
    }
}
