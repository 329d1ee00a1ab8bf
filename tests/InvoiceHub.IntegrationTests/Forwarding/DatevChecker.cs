using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>
/// An independent reading of ../shared/docs/datev-extf.md, written without the exporter's code: decodes the bytes as
/// Windows-1252 and checks the header, the column count, number and date formats, field lengths and CR LF.
/// Returns what is wrong (empty: nothing found).
/// </summary>
internal static partial class DatevChecker
{
    public static List<string> Check(byte[] file)
    {
        var problems = new List<string>();
        if (file.Length >= 3 && file[0] == 0xEF && file[1] == 0xBB && file[2] == 0xBF)
        {
            problems.Add("UTF-8 byte-order mark");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string text;
        try
        {
            text = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(file);
        }
        catch (DecoderFallbackException)
        {
            return ["not Windows-1252"];
        }

        // UTF-8 multi-byte sequences read as Windows-1252 show up as "Ã" followed by another character.
        if (text.Contains('Ã', StringComparison.Ordinal))
        {
            problems.Add("looks like UTF-8 read as Windows-1252");
        }

        if (!text.EndsWith("\r\n", StringComparison.Ordinal) || text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal)
            || text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal))
        {
            problems.Add("lines do not all end with CR LF");
        }

        var lines = text.Split("\r\n");
        lines = lines[..^1];
        if (lines.Length < 2)
        {
            return [.. problems, "fewer than two lines"];
        }

        var header = Split(lines[0]);
        CheckHeader(header, problems);
        var names = Split(lines[1]);
        if (names.Count != 125)
        {
            problems.Add($"line 2 has {names.Count} column names, not 125");
        }

        var year = header.Count > 14 && header[14].Length == 8 ? int.Parse(header[14][..4], CultureInfo.InvariantCulture) : 2000;
        for (var i = 2; i < lines.Length; i++)
        {
            CheckBooking(i + 1, Split(lines[i]), year, problems);
        }

        return problems;
    }

    private static void CheckHeader(List<string> h, List<string> problems)
    {
        if (h.Count != 31)
        {
            problems.Add($"header has {h.Count} fields, not 31");
            return;
        }

        Expect(h[0] == "\"EXTF\"", "header 1 is not \"EXTF\"", problems);
        Expect(h[1] == "700", "header version is not 700", problems);
        Expect(h[2] == "21", "format category is not 21", problems);
        Expect(h[3] == "\"Buchungsstapel\"", "format name is not Buchungsstapel", problems);
        Expect(h[4] == "13", "format version is not 13", problems);
        Expect(Regex.IsMatch(h[5], "^[0-9]{17}$"), "created-at is not YYYYMMDDHHMMSSfff", problems);
        Expect(h[6] == "", "field 7 is not empty", problems);
        Expect(Regex.IsMatch(h[7], "^\"[A-Z]{2}\"$"), "origin is not 2 characters", problems);
        Expect(int.TryParse(h[10], out var consultant) && consultant is >= 1001 and <= 9999999, "consultant number out of 1001-9999999", problems);
        Expect(int.TryParse(h[11], out var client) && client is >= 1 and <= 99999, "client number out of 1-99999", problems);
        Expect(IsDate(h[12]), "fiscal year start is not YYYYMMDD", problems);
        Expect(int.TryParse(h[13], out var length) && length is >= 4 and <= 8, "account length out of 4-8", problems);
        Expect(IsDate(h[14]) && IsDate(h[15]) && string.CompareOrdinal(h[14], h[15]) <= 0, "period is not two dates in order", problems);
        Expect(h[16].Length <= 32 && h[16].StartsWith('"'), "batch label is not quoted text of at most 30 characters", problems);
        Expect(h[18] == "1", "booking type is not 1", problems);
        Expect(h[21] == "\"EUR\"", "currency is not \"EUR\"", problems);
        Expect(h[26] is "\"03\"" or "\"04\"", "chart is not \"03\" or \"04\"", problems);
    }

    private static void CheckBooking(int line, List<string> f, int year, List<string> problems)
    {
        if (f.Count != 125)
        {
            problems.Add($"line {line}: {f.Count} fields, not 125");
            return;
        }

        Expect(AmountPattern().IsMatch(f[0]) && f[0] != "0,00", $"line {line}: Umsatz '{f[0]}' is not a positive amount with decimal comma", problems);
        Expect(f[1] is "\"S\"" or "\"H\"", $"line {line}: Soll/Haben is not S or H", problems);
        Expect(f[2] == "" || Regex.IsMatch(f[2], "^\"[A-Z]{3}\"$"), $"line {line}: WKZ is not an ISO code", problems);
        Expect(Regex.IsMatch(f[6], "^[0-9]{1,9}$"), $"line {line}: Konto is not 1-9 digits", problems);
        Expect(Regex.IsMatch(f[7], "^[0-9]{1,9}$"), $"line {line}: Gegenkonto is not 1-9 digits", problems);
        Expect(Regex.IsMatch(f[8], "^\"[0-9]{0,4}\"$"), $"line {line}: BU-Schlüssel is not up to 4 characters", problems);
        Expect(Regex.IsMatch(f[9], "^[0-9]{4}$") && DateOnly.TryParseExact(f[9] + year.ToString(CultureInfo.InvariantCulture), "ddMMyyyy", out _),
            $"line {line}: Belegdatum '{f[9]}' is not DDMM", problems);
        Expect(Regex.IsMatch(Unquote(f[10]), @"^[A-Za-z0-9$&%*+\-/]{1,36}$"), $"line {line}: Belegfeld 1 breaks its rule", problems);
        Expect(Unquote(f[11]).Length <= 12, $"line {line}: Belegfeld 2 longer than 12", problems);
        Expect(Unquote(f[13]).Length <= 60, $"line {line}: Buchungstext longer than 60", problems);
        Expect(Unquote(f[19]).Length <= 210, $"line {line}: Beleglink longer than 210", problems);
    }

    /// <summary>Splits on ';' outside quotes; quotes stay on the field, doubled quotes inside count as text.</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ';' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;

    private static bool IsDate(string value) => DateOnly.TryParseExact(value, "yyyyMMdd", out _);

    private static void Expect(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }

    [GeneratedRegex("^[0-9]{1,10},[0-9]{2}$")]
    private static partial Regex AmountPattern();
}
