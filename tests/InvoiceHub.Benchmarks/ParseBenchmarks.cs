using BenchmarkDotNet.Attributes;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// Documents per second for the corpus UBL and CII examples. Each invocation parses every document once;
/// OperationsPerInvoke makes BenchmarkDotNet report the mean time per document (docs/s = 1 s / mean).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    // Counts of the files matched below; checked in GlobalSetup so a changed corpus cannot skew the figures.
    private const int UblCount = 24;
    private const int CiiCount = 7;
    private const int XRechnungCiiCount = 20;

    private byte[][] _ubl = [];
    private byte[][] _cii = [];
    private byte[][] _xrechnungCii = [];

    [GlobalSetup]
    public void Setup()
    {
        _ubl = CorpusDocuments.Load("ubl", "*.xml");
        _cii = CorpusDocuments.Load("cii", "*.xml");
        _xrechnungCii = CorpusDocuments.Load("xrechnung", "*_uncefact.xml");
        Check(_ubl, UblCount, "ubl");
        Check(_cii, CiiCount, "cii");
        Check(_xrechnungCii, XRechnungCiiCount, "xrechnung CII");
        Console.WriteLine($"// mean sizes: ubl {_ubl.Average(d => d.Length) / 1024:0.0} KB, cii {_cii.Average(d => d.Length) / 1024:0.0} KB, xrechnung cii {_xrechnungCii.Average(d => d.Length) / 1024:0.0} KB");
    }

    [Benchmark(OperationsPerInvoke = UblCount)]
    public int UblCorpus() => ReadAll(_ubl);

    [Benchmark(OperationsPerInvoke = CiiCount)]
    public int CiiCorpus() => ReadAll(_cii);

    [Benchmark(OperationsPerInvoke = XRechnungCiiCount)]
    public int XRechnungCiiCorpus() => ReadAll(_xrechnungCii);

    private static int ReadAll(byte[][] documents)
    {
        var lines = 0;
        foreach (var document in documents)
        {
            lines += InvoiceReader.Read(document).Invoice?.Lines.Count ?? throw new InvalidOperationException("unreadable document");
        }

        return lines;
    }

    private static void Check(byte[][] documents, int expected, string name)
    {
        if (documents.Length != expected)
        {
            throw new InvalidOperationException($"{name}: expected {expected} documents, found {documents.Length}");
        }
    }
}
