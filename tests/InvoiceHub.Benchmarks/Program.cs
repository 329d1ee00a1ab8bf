using BenchmarkDotNet.Running;

// Parsing throughput of the reading core; figures are recorded in docs/einvoicing.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
