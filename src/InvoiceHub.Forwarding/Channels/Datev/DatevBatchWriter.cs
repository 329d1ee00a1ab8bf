using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>
/// Writes an EXTF booking batch (header version 700, category 21, format version 13) as DATEV reads it:
/// Windows-1252, CR LF, ';' separated, text quoted, decimal comma. A value that does not fit its field (too long,
/// wrong characters, not representable in Windows-1252) is an error naming the booking, never cut or replaced.
/// </summary>
internal static partial class DatevBatchWriter
{
    public const string LineEnd = "\r\n";

    private static readonly CultureInfo _c = CultureInfo.InvariantCulture;

    public static Encoding Windows1252 { get; } = CreateEncoding();

    /// <summary>The file's bytes, or the errors (one per offending value) when any value does not fit.</summary>
    public static (byte[]? File, IReadOnlyList<DatevError> Errors) Write(DatevHeader header, IReadOnlyList<DatevBooking> bookings)
    {
        var errors = new List<DatevError>();
        var text = new StringBuilder(512 + (bookings.Count * 400));
        text.Append(HeaderLine(header)).Append(LineEnd);
        text.Append(string.Join(';', DatevColumns.Names)).Append(LineEnd);
        var fields = new string[DatevColumns.Count];
        foreach (var booking in bookings)
        {
            Array.Fill(fields, "");
            var before = errors.Count;
            fields[DatevColumns.Amount - 1] = Amount(booking, errors);
            fields[DatevColumns.DebitCredit - 1] = booking.DebitCredit is 'S' or 'H' ? $"\"{booking.DebitCredit}\"" : Fail(booking, errors, "Soll/Haben-Kennzeichen must be S or H");
            fields[DatevColumns.Currency - 1] = booking.Currency is null ? "" : Text(booking, errors, "WKZ Umsatz", booking.Currency, 3, CurrencyCode());
            fields[DatevColumns.Account - 1] = Account(booking, errors, "Konto", booking.Account);
            fields[DatevColumns.ContraAccount - 1] = Account(booking, errors, "Gegenkonto", booking.ContraAccount);
            fields[DatevColumns.TaxKey - 1] = Text(booking, errors, "BU-Schlüssel", booking.TaxKey ?? "", 4, Digits());
            fields[DatevColumns.DocumentDate - 1] = booking.DocumentDate.ToString("ddMM", _c);
            fields[DatevColumns.DocumentField1 - 1] = Text(booking, errors, "Belegfeld 1", booking.DocumentField1, 36, DocumentFieldCharacters());
            fields[DatevColumns.DocumentField2 - 1] = Text(booking, errors, "Belegfeld 2", booking.DocumentField2 ?? "", 12, DocumentFieldCharacters());
            fields[DatevColumns.BookingText - 1] = Text(booking, errors, "Buchungstext", booking.BookingText, 60, null);
            fields[DatevColumns.DocumentLink - 1] = Text(booking, errors, "Beleglink", booking.DocumentLink, 210, null);
            if (errors.Count == before)
            {
                text.Append(string.Join(';', fields)).Append(LineEnd);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            return (Windows1252.GetBytes(text.ToString()), []);
        }
        catch (EncoderFallbackException exception)
        {
            // Checked per field below already; this is the safety net for the header (labels come from settings).
            return (null, [new DatevError("", $"A character cannot be written in Windows-1252: {exception.Message}")]);
        }
    }

    /// <summary>The 31 fields of the header line.</summary>
    public static string HeaderLine(DatevHeader h)
    {
        string[] fields =
        [
            "\"EXTF\"", "700", "21", "\"Buchungsstapel\"", "13", h.CreatedAt.UtcDateTime.ToString("yyyyMMddHHmmssfff", _c), "", "\"RE\"", "\"\"", "\"\"",
            h.ConsultantNumber.ToString(_c), h.ClientNumber.ToString(_c), h.FiscalYearStart.ToString("yyyyMMdd", _c), h.AccountLength.ToString(_c),
            h.PeriodFrom.ToString("yyyyMMdd", _c), h.PeriodTo.ToString("yyyyMMdd", _c), Quote(h.Label), "\"\"", "1", "0", "0", "\"EUR\"", "", "\"\"", "", "",
            Quote(h.Chart), "", "", "\"\"", "\"\"",
        ];
        return string.Join(';', fields);
    }

    private static string Amount(DatevBooking booking, List<DatevError> errors)
    {
        var rounded = Math.Round(booking.Amount, 2, MidpointRounding.AwayFromZero);
        if (rounded <= 0 || rounded != booking.Amount)
        {
            return Fail(booking, errors, $"Umsatz {booking.Amount.ToString(_c)} is not a positive amount with at most 2 decimals");
        }

        var formatted = rounded.ToString("0.00", _c).Replace('.', ',');
        return formatted.Length > 13 ? Fail(booking, errors, $"Umsatz {formatted} has more than 10 digits before the comma") : formatted;
    }

    private static string Account(DatevBooking booking, List<DatevError> errors, string field, string value) =>
        value.Length is >= 1 and <= 9 && value.All(char.IsAsciiDigit) ? value : Fail(booking, errors, $"{field} '{value}' is not an account of 1 to 9 digits");

    private static string Text(DatevBooking booking, List<DatevError> errors, string field, string value, int maxLength, Regex? allowed)
    {
        if (value.Length > maxLength)
        {
            return Fail(booking, errors, $"{field} '{value}' has {value.Length} characters; DATEV allows {maxLength}");
        }

        if (value.Any(char.IsControl))
        {
            return Fail(booking, errors, $"{field} contains a line break or another control character");
        }

        if (allowed is not null && value.Length > 0 && !allowed.IsMatch(value))
        {
            return Fail(booking, errors, $"{field} '{value}' contains characters DATEV does not allow there");
        }

        if (!Representable(value))
        {
            return Fail(booking, errors, $"{field} '{value}' contains a character Windows-1252 cannot hold");
        }

        return Quote(value);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool Representable(string value)
    {
        try
        {
            return Windows1252.GetString(Windows1252.GetBytes(value)) == value;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string Fail(DatevBooking booking, List<DatevError> errors, string message)
    {
        errors.Add(new DatevError(booking.DocumentField1, message));
        return "";
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex("^[0-9]*$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[A-Za-z0-9$&%*+\-/]*$")]
    private static partial Regex DocumentFieldCharacters();
}
