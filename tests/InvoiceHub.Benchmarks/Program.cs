using BenchmarkDotNet.Running;
using InvoiceHub.Benchmarks;

// Parsing (docs/einvoicing.md) and validation (docs/validation.md) throughput; `rules [N]` times each rule instead,
// `cpu` gives the validation figures in CPU time (steadier than wall time on a shared machine).
if (args.Length > 0 && args[0] == "rules")
{
    RuleTimings.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimings.Run(args.Length > 1 ? args[1] : null);
    return;
}

// `alloc [FILE]`: bytes allocated by each step of reading and validating a document (docs/cli.md, "Speed").
if (args.Length > 0 && args[0] == "alloc")
{
    AllocationBreakdown.Run(args.Length > 1 ? args[1] : null);
    return;
}

// `ocr PAGE [N] [--openmp]`: pages per minute of the OCR engine pool (docs/adr/0003-ocr-engine.md, scripts/ocr-benchmark.sh).
if (args.Length > 1 && args[0] == "ocr")
{
    await OcrThroughput.RunAsync(args[1], args.Length > 2 && int.TryParse(args[2], out var pages) ? pages : 20, args.Contains("--openmp"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
