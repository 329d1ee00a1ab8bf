using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Input;

/// <summary>What poppler's <c>pdfinfo</c> says about a PDF: page count, encryption and each page's size in points.</summary>
internal sealed partial record PdfInfo(int Pages, bool Encrypted, IReadOnlyDictionary<int, (double Width, double Height)> PageSizes)
{
    public static PdfInfo Parse(string output)
    {
        var pages = PagesPattern().Match(output) is { Success: true } p ? int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var encrypted = EncryptedPattern().Match(output) is { Success: true } e && e.Groups[1].Value == "yes";
        var sizes = new Dictionary<int, (double, double)>();
        foreach (Match match in PageSizePattern().Matches(output))
        {
            sizes[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] =
                (double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        return new PdfInfo(pages, encrypted, sizes);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"^Encrypted:\s+(yes|no)", RegexOptions.Multiline)]
    private static partial Regex EncryptedPattern();

    [GeneratedRegex(@"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizePattern();
}
