using System.Diagnostics;
using System.Globalization;
using System.Text;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Tests.Corpus;

/// <summary>
/// Recognises corpus documents as images and compares the fields with the embedded XML. A field counts where the XML
/// has it and the visual page prints it (the "printed" denominator); some visualisations leave e.g. the IBAN out.
/// </summary>
internal sealed class AccuracyMeasurement
{
    private readonly Dictionary<(ImageVariant, string), (int Correct, int Printed, int InXml)> _counts = [];
    private readonly List<string> _misses = [];

    public void Measure(GroundTruth truth, ImageVariant variant)
    {
        var document = SharedRecognizer.Recognize(CorpusImages.Document(truth.PdfPath, variant));
        UprightPages &= document.Pages.All(p => p.RotationDegrees == 0);
        var printed = PrintedText(truth.PdfPath);
        foreach (var field in GroundTruth.Measured)
        {
            if (!truth.Fields.TryGetValue(field, out var expected))
            {
                continue;
            }

            var isPrinted = IsPrinted(field, expected, printed);
            var actual = document.Fields.TryGetValue(field, out var found) ? found.Value : null;
            var correct = isPrinted && actual == expected;
            var key = (variant, field);
            var (c, p, x) = _counts.GetValueOrDefault(key);
            _counts[key] = (c + (correct ? 1 : 0), p + (isPrinted ? 1 : 0), x + 1);
            if (isPrinted && !correct)
            {
                _misses.Add($"{truth.Name} {variant} {field}: expected {expected}, got {actual ?? "(none)"}");
            }
        }
    }

    public double Accuracy(ImageVariant variant, string field)
    {
        var (correct, printed, _) = _counts.GetValueOrDefault((variant, field));
        return printed == 0 ? 1 : (double)correct / printed;
    }

    public IReadOnlyList<string> Misses => _misses;

    /// <summary>False when orientation detection turned any of the (upright) corpus pages.</summary>
    public bool UprightPages { get; private set; } = true;

    public string Table(IReadOnlyList<ImageVariant> variants)
    {
        var table = new StringBuilder();
        table.AppendLine("| field | " + string.Join(" | ", variants) + " |");
        table.AppendLine("|---|" + string.Concat(variants.Select(_ => "---|")));
        foreach (var field in GroundTruth.Measured)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{field}` |");
            foreach (var variant in variants)
            {
                var (correct, printed, inXml) = _counts.GetValueOrDefault((variant, field));
                table.Append(CultureInfo.InvariantCulture, $" {correct}/{printed} ({(printed == 0 ? 100 : 100.0 * correct / printed):0.#} %; {inXml} in XML) |");
            }

            table.AppendLine();
        }

        return table.ToString();
    }

    private static string PrintedText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
    }

    private static bool IsPrinted(string field, string expected, string printed)
    {
        switch (field)
        {
            case InvoiceFieldNames.TotalAmount or InvoiceFieldNames.NetAmount or InvoiceFieldNames.TaxAmount:
                var amount = decimal.Parse(expected, CultureInfo.InvariantCulture);
                return printed.Contains(amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("de-DE")), StringComparison.Ordinal);
            case InvoiceFieldNames.IssueDate:
                return printed.Contains(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
            case InvoiceFieldNames.VatRates:
                return true;
            default:
                return printed.Contains(expected, StringComparison.Ordinal);
        }
    }
}
