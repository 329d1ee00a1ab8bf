using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceHub.Invoices.Numbering;

/// <summary>Formats internal numbers from patterns such as <c>ER-{yyyy}-{seq:00000}</c>.</summary>
internal static partial class InternalNumberFormat
{
    public static string Format(string pattern, int year, long sequence) =>
        Placeholder().Replace(pattern, match => match.Groups["name"].Value switch
        {
            "yyyy" => year.ToString("0000", CultureInfo.InvariantCulture),
            "yy" => (year % 100).ToString("00", CultureInfo.InvariantCulture),
            "seq" => sequence.ToString(match.Groups["format"].Success ? match.Groups["format"].Value : "0", CultureInfo.InvariantCulture),
            _ => match.Value,
        });

    [GeneratedRegex(@"\{(?<name>yyyy|yy|seq)(:(?<format>0+))?\}")]
    private static partial Regex Placeholder();
}
