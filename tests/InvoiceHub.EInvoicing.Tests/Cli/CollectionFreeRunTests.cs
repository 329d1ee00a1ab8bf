using System.Diagnostics;
using System.Runtime.Versioning;
using InvoiceHub.Cli;

namespace InvoiceHub.EInvoicing.Tests.Cli;

/// <summary>
/// The tool's process asks for no garbage collection up to a budget from its files' sizes (docs/cli.md, "Speed"). Only
/// the process's own entry point does, so the budget is checked here and the behaviour in a process of its own.
/// </summary>
public sealed class CollectionFreeRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("invoicehub-nogc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BudgetFor_Files_IsTheFixedPartAndSixteenBytesPerByte_OptionsAndMissingFilesCountNothing()
    {
        var small = Write("small.xml", new string('x', 1000));
        var larger = Write("larger.xml", new string('x', 250_000));

        var budget = CollectionFreeRun.BudgetFor(["--json", "--profile", "en16931", small, larger, Path.Combine(_folder, "missing.xml"), _folder]);

        budget.ShouldBe(CollectionFreeRun.FixedBytes + (16 * 251_000));
    }

    [Fact]
    public void BudgetFor_FilesAboveTheMaximum_IsNone()
    {
        var file = Write("big.xml", string.Empty);
        using (var stream = File.OpenWrite(file))
        {
            stream.SetLength((CollectionFreeRun.MaxBudget / CollectionFreeRun.BytesPerInputByte) + 1);
        }

        CollectionFreeRun.BudgetFor([file]).ShouldBeNull();
    }

    // A deflated 20,000-line invoice in a PDF is ~40 KB, so its budget is far below what reading it allocates: the run
    // must go past the end of the collection-free region and still give what the in-process run gives.
    [SupportedOSPlatform("linux")]
    [Fact]
    public void Validate_InItsOwnProcess_AllocatingPastTheBudget_GivesTheSameOutputAsInProcess()
    {
        var lines = string.Concat(Enumerable.Range(2, 20_000).Select(n =>
            $"<cac:InvoiceLine><cbc:ID>{n}</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID=\"EUR\">1.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Item {n}</cbc:Name></cac:Item></cac:InvoiceLine>"));
        var xml = TestDocuments.UblInvoice().Replace("</Invoice>", lines + "</Invoice>", StringComparison.Ordinal);
        var pdf = Path.Combine(_folder, "long.pdf");
        File.WriteAllBytes(pdf, TestPdf.Create("factur-x.xml", TestDocuments.Utf8(xml), compressEmbedded: true));
        var small = Write("small.xml", TestDocuments.UblInvoice());
        (new FileInfo(pdf).Length * CollectionFreeRun.BytesPerInputByte).ShouldBeLessThan(xml.Length * 2L);

        var inProcess = CliRun.Of("validate", "--json", pdf, small);
        var ownProcess = RunTool("validate", "--json", pdf, small);

        inProcess.Output.ShouldContain("\"syntax\":\"UBL 2.1 Invoice\"");
        ownProcess.ShouldBe(inProcess);
    }

    private static CliRun RunTool(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "invoicehub"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start).ShouldNotBeNull();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
