using System.Text.Json;

namespace InvoiceHub.EInvoicing.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("invoicehub-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_ManyFilesInParallel_PrintsOneRecordPerFileInArgumentOrder()
    {
        // Sizes differ a lot, so that files finish in another order than they were given.
        var files = Enumerable.Range(0, 60).Select(i => Write($"{i:00}.xml", i % 7 == 3 ? "<Invoice><unclosed>" : Invoice(i, lines: i % 5 == 0 ? 400 : 1))).ToList();

        var run = CliRun.Of(["validate", "--json", "--profile", "en16931", .. files]);

        var records = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Select(r => r.GetProperty("file").GetString()).ShouldBe(files);
        records.Where((_, i) => i % 7 == 3).ShouldAllBe(r => r.GetProperty("error").GetString() != null && !r.GetProperty("valid").GetBoolean());
        records.Where((_, i) => i % 7 != 3).ShouldAllBe(r => r.GetProperty("syntax").GetString() == "UBL 2.1 Invoice");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Validate_TheSameFilesTwice_PrintsTheSameOutput()
    {
        var files = Enumerable.Range(0, 20).Select(i => Write($"{i:00}.xml", Invoice(i, lines: (i % 4) * 50 + 1))).ToList();

        var first = CliRun.Of(["validate", "--json", .. files]);
        var second = CliRun.Of(["validate", "--json", .. files]);

        second.Output.ShouldBe(first.Output);
    }

    private static string Invoice(int number, int lines) =>
        TestDocuments.UblInvoice(number: $"V-{number}").Replace(
            "</Invoice>",
            string.Concat(Enumerable.Range(2, lines - 1).Select(n =>
                $"<cac:InvoiceLine><cbc:ID>{n}</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID=\"EUR\">1.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Item {n}</cbc:Name></cac:Item></cac:InvoiceLine>"))
            + "</Invoice>",
            StringComparison.Ordinal);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
