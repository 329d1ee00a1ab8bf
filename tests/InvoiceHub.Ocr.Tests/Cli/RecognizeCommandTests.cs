using System.Text.Json;
using InvoiceHub.Cli;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.Ocr.Tests.Corpus;
using InvoiceHub.Ocr.Tests.Recognition;

namespace InvoiceHub.Ocr.Tests.Cli;

public sealed class RecognizeCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [CorpusFact]
    public void Json_ReadableAndUnreadableFiles_OneObjectPerFileInOrderAndExit2()
    {
        var page = CorpusImages.Pages(GroundTruth.Of("EN16931_Elektron").PdfPath, ImageVariant.Dpi300)[0];
        var corrupt = CorpusImages.TemporaryFile("corrupt.png");
        File.WriteAllBytes(corrupt, BadInputFiles.Png(100, 100)[..40]);

        var (exit, output, _) = Run("recognize", page, corrupt, "--json", "--lang", "deu+eng");

        exit.ShouldBe(2);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var good = JsonDocument.Parse(lines[0]);
        good.RootElement.GetProperty("file").GetString().ShouldBe(page);
        good.RootElement.GetProperty("pages").GetInt32().ShouldBe(1);
        good.RootElement.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        good.RootElement.GetProperty("text").GetString().ShouldNotBeNull().ShouldContain("Baurechnung");
        var number = good.RootElement.GetProperty("fields").GetProperty("invoiceNumber");
        number.GetProperty("value").GetString().ShouldBe("181301674");
        number.GetProperty("page").GetInt32().ShouldBe(1);
        number.GetProperty("confidence").GetDouble().ShouldBeGreaterThan(50);
        number.GetProperty("box").GetProperty("width").GetInt32().ShouldBeGreaterThan(0);
        good.RootElement.GetProperty("fields").GetProperty("issueDate").GetProperty("value").GetString().ShouldBe("2024-11-15");
        // A field that was not found is absent (this page prints no FIK line).
        good.RootElement.GetProperty("fields").TryGetProperty("fik", out _).ShouldBeFalse();
        using var bad = JsonDocument.Parse(lines[1]);
        bad.RootElement.GetProperty("file").GetString().ShouldBe(corrupt);
        bad.RootElement.GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("corrupt");
        bad.RootElement.GetProperty("fields").EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public void NoFiles_IsAUsageError() => Run("recognize", "--json").Exit.ShouldBe(ExitCodes.Usage);

    [Fact]
    public void UnknownOption_IsAUsageError() => Run("recognize", "a.png", "--dpi", "300").Error.ShouldContain("unknown option");

    [Fact]
    public void MissingFile_IsReportedPerFile()
    {
        var (exit, output, _) = Run("recognize", "/nonexistent/scan.png");

        exit.ShouldBe(2);
        output.ShouldContain("ERROR file not found");
    }
}
