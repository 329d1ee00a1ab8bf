using System.Globalization;
using System.Text.Json;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.Cli.Parse;

/// <summary>`parse FILE... [--json]`: reads each file into the model and prints a summary or one JSON line per file.</summary>
internal sealed class ParseCommand : ICommand
{
    public string Name => "parse";

    public string Usage => "parse FILE... [--json]   read e-invoices (UBL, OIOUBL, CII, ZUGFeRD/Factur-X PDF); --json prints JSON Lines";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var json = arguments.Contains("--json");
        var unknownOption = arguments.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--json");
        var files = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (unknownOption is not null || files.Count == 0)
        {
            error.WriteLine(unknownOption is null ? "parse: no files given" : $"parse: unknown option {unknownOption}");
            error.WriteLine($"usage: invoicehub {Usage}");
            return ExitCodes.Usage;
        }

        var allRead = true;
        foreach (var file in files)
        {
            var result = ReadFile(file);
            allRead &= result.IsSuccess;
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(ParseLine.From(file, result), ParseJsonContext.Default.ParseLine));
            }
            else
            {
                WriteSummary(output, file, result);
            }
        }

        return allRead ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    internal static ReadResult ReadFile(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return InvoiceReader.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure(ReadErrorKind.IoError, $"cannot open file: {ex.Message}");
        }
    }

    private static void WriteSummary(TextWriter output, string file, ReadResult result)
    {
        if (result.Invoice is not { } invoice)
        {
            output.WriteLine($"{file}: ERROR {result.Error?.Message}");
            return;
        }

        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"{file}: {invoice.Format}");
        output.WriteLine(string.Create(culture, $"  {(invoice.IsCreditNote ? "Credit note" : "Invoice")} {invoice.Number} (type {invoice.TypeCode}) of {invoice.IssueDate:yyyy-MM-dd}, {invoice.CurrencyCode}"));
        output.WriteLine($"  Seller: {invoice.Seller.Name} {invoice.Seller.VatId?.Value}".TrimEnd());
        output.WriteLine($"  Buyer:  {invoice.Buyer.Name} (reference {invoice.BuyerReference ?? "-"})");
        output.WriteLine(string.Create(culture, $"  {invoice.Lines.Count} lines; net {invoice.Totals.LineNet?.Amount}, tax {invoice.Totals.Tax?.Amount}, total {invoice.Totals.TaxInclusive?.Amount}, payable {invoice.Totals.Payable?.Amount}"));
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"  warning: {warning.Message}");
        }
    }
}
