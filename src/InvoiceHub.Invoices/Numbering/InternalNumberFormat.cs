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

    /// <summary>
    /// The pattern for one year cut around its sequence: the text before, the minimum digits, the text after, so that
    /// the database can complete the number in the statement that takes the sequence. A pattern without or with more
    /// than one <c>{seq}</c> is refused, as it cannot make numbers that are unique and gap-free.
    /// </summary>
    public static (string Prefix, int Width, string Suffix) Split(string pattern, int year)
    {
        if (Problem(pattern) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var token = Placeholder().Matches(pattern).Single(m => m.Groups["name"].Value == "seq");
        var width = token.Groups["format"].Success ? token.Groups["format"].Value.Length : 1;
        return (Format(pattern[..token.Index], year, 0), width, Format(pattern[(token.Index + token.Length)..], year, 0));
    }

    /// <summary>Why a pattern cannot number an archive, or null when it can.</summary>
    public static string? Problem(string? pattern) =>
        pattern is null || Placeholder().Matches(pattern).Count(m => m.Groups["name"].Value == "seq") != 1
            ? $"The internal number format '{pattern}' must contain {{seq}} (or {{seq:00000}}) exactly once, or its numbers would not be unique and gap-free."
            : pattern.Length > 60 ? $"The internal number format '{pattern}' is longer than 60 characters." : null;

    [GeneratedRegex(@"\{(?<name>yyyy|yy|seq)(:(?<format>0+))?\}")]
    private static partial Regex Placeholder();
}
