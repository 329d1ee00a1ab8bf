using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// Validation cost: a generated 5,000-line invoice (validation alone, and read + validate), and read + validate over
/// the corpus UBL and CII examples (per document; docs/s = 1 s / mean). Figures are recorded in docs/validation.md.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const int UblCount = 24;
    private const int CiiCount = 7;
    private const int Lines = 5_000;

    private byte[] _large = [];
    private Invoice _largeInvoice = null!;
    private XDocument _largeXml = null!;
    private byte[][] _ubl = [];
    private byte[][] _cii = [];

    [GlobalSetup]
    public void Setup()
    {
        _large = LargeInvoice.Generate(Lines);
        _largeInvoice = InvoiceReader.Read(_large).Invoice ?? throw new InvalidOperationException("generated invoice unreadable");
        _largeXml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(_large));
        var check = InvoiceValidator.Validate(_large).Result!;
        if (!check.IsValid || _largeInvoice.Lines.Count != Lines)
        {
            throw new InvalidOperationException("generated invoice is not a valid 5,000-line invoice: " + string.Join(", ", check.FatalRuleIds));
        }

        _ubl = CorpusDocuments.Load("ubl", "*.xml");
        _cii = CorpusDocuments.Load("cii", "*.xml");
        if (_ubl.Length != UblCount || _cii.Length != CiiCount)
        {
            throw new InvalidOperationException($"corpus changed: {_ubl.Length} UBL, {_cii.Length} CII documents");
        }
    }

    [Benchmark]
    public int Validate5000Lines() => InvoiceValidator.Validate(_largeInvoice, _largeXml).Findings.Count;

    [Benchmark]
    public int ReadAndValidate5000Lines() => InvoiceValidator.Validate(_large).Result!.Findings.Count;

    [Benchmark(OperationsPerInvoke = UblCount)]
    public int ReadAndValidateUblCorpus() => ValidateAll(_ubl);

    [Benchmark(OperationsPerInvoke = CiiCount)]
    public int ReadAndValidateCiiCorpus() => ValidateAll(_cii);

    private static int ValidateAll(byte[][] documents)
    {
        var findings = 0;
        foreach (var document in documents)
        {
            findings += InvoiceValidator.Validate(document).Result?.Findings.Count ?? throw new InvalidOperationException("unreadable document");
        }

        return findings;
    }
}
