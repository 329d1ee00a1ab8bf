using BenchmarkDotNet.Running;

// Parsing (docs/einvoicing.md) and validation (docs/validation.md) throughput.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
