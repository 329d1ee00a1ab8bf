using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>Dates as German, English and Danish invoices write them: 15.11.2024, 15/11/24, 2024-11-15, 15. November 2024, Nov 15, 2024.</summary>
internal static partial class DateText
{
    private static readonly FrozenDictionary<string, int> _months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["january"] = 1, ["jan"] = 1, ["jänner"] = 1,
        ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["märz"] = 3, ["marts"] = 3, ["march"] = 3, ["mär"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["maj"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<!\d)(?:(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})|(?<d>\d{1,2})\s?[./-]\s?(?<m>\d{1,2})\s?[./-]\s?(?<y>\d{4}|\d{2})|(?<d>\d{1,2})\.?\s(?<mn>[A-Za-zÄäÆæØøÅå]{3,9})\.?\s(?<y>\d{4})|(?<mn>[A-Za-z]{3,9})\.?\s(?<d>\d{1,2}),?\s(?<y>\d{4}))(?!\d)")]
    public static partial Regex Pattern();

    public static DateOnly? Parse(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["mn"].Success)
        {
            if (!_months.TryGetValue(match.Groups["mn"].Value, out month))
            {
                return null;
            }
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            // Day first is the European reading; 11/15/2024 can only be month first.
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day);
            }
        }

        return year is >= 1990 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
