using System.Globalization;

namespace InvoiceHub.Web.Ui;

/// <summary>How pages show values: always in the request's culture (the user's language choice).</summary>
internal static class Display
{
    public static string Amount(decimal? amount, string? currency = null) =>
        amount is null ? "" : currency is { Length: > 0 }
            ? $"{amount.Value.ToString("N2", CultureInfo.CurrentCulture)} {currency}"
            : amount.Value.ToString("N2", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Date(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string DateTime(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("g", CultureInfo.CurrentCulture) ?? "";

    public static string Number(long? number) => number?.ToString("N0", CultureInfo.CurrentCulture) ?? "";
}
