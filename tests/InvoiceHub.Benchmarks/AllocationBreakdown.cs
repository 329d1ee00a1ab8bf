using System.Globalization;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Xml;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// `alloc [FILE]`: the bytes each step of reading and validating one document allocates (default: the 5,000-line
/// invoice), on this thread, after a warm-up. In a short process every byte is also memory the system must hand over
/// and the runtime must clear, so this is the figure to lower for the CLI's whole-process time (docs/cli.md, "Speed").
/// </summary>
internal static class AllocationBreakdown
{
    public static void Run(string? file)
    {
        var bytes = file is null ? LargeInvoice.Generate(5000) : File.ReadAllBytes(file);
        var plain = ReadOptions.Default;
        var withTree = ReadOptions.Default with { KeepSourceTree = true };
        Console.WriteLine($"{(file ?? "5,000-line UBL invoice")}: {bytes.Length:N0} bytes");

        var read = InvoiceReader.Read(bytes, withTree);
        var invoice = read.Invoice ?? throw new InvalidOperationException(read.Error?.Message);
        var root = read.SourceTree!;
        var index = new XmlIndex(root);
        Print("load: the document's tree", () => Load(bytes, plain));
        Print("read: tree and model", () => InvoiceReader.Read(bytes, plain));
        Print("index for the rules", () => new XmlIndex(root));
        Print("rules (EN 16931)", () => InvoiceValidator.Validate(invoice, index, ValidationProfile.En16931));
        Print("all: InvoiceValidator.Validate(bytes)", () => InvoiceValidator.Validate(bytes, ValidationProfile.En16931));
    }

    private static object? Load(byte[] bytes, ReadOptions options)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SafeXmlLoader.Load(stream, options).Root;
    }

    private static void Print(string step, Func<object?> action)
    {
        for (var i = 0; i < 3; i++)
        {
            GC.KeepAlive(action());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(action());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-50} {allocated / 1024.0 / 1024.0,8:F2} MB"));
    }
}
