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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
