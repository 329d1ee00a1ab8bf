using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>Amounts as German / Danish (1.234,56) and English (1,234.56) invoices write them.</summary>
internal static partial class AmountText
{
    /// <summary>Amounts with two decimals (optionally signed, optionally grouped); percentages are not amounts.</summary>
    [GeneratedRegex(@"(?<![\d.,])-?\s?\d{1,3}(?:(?:[.,'’ ])\d{3})*[.,]\d{2}(?![\d%])(?!\s?%)|(?<![\d.,])-?\d+[.,]\d{2}(?![\d%])(?!\s?%)")]
    public static partial Regex Pattern();

    public static decimal? Parse(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        if (compact.Length < 4)
        {
            return null;
        }

        // The separator three places from the end is the decimal one; every other separator groups thousands.
        var decimalSeparator = compact[^3];
        if (decimalSeparator is not ('.' or ','))
        {
            return null;
        }

        var integral = compact[..^3].Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(integral + "." + compact[^2..], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
