using System.Globalization;
using InvoiceHub.Invoices.Archive.SearchArchive;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// The archive search as query parameters (a contract: <c>?q=&amp;number=&amp;party=&amp;from=&amp;to=&amp;min=&amp;max=&amp;status=&amp;direction=</c>
/// plus paymentStatus, source, since, sort, order, after, limit), read the same way by the REST list and the /archive page.
/// Every value arrives as text, so that a malformed one is named in the answer instead of failing binding.
/// </summary>
public sealed class ArchiveQuery
{
    /// <summary>Amounts beyond this are typing errors, not invoices.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public string? Q { get; set; }

    public string? Number { get; set; }

    public string? Party { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }

    public string? Status { get; set; }

    public string? Direction { get; set; }

    public string? PaymentStatus { get; set; }

    public string? Source { get; set; }

    public string? Since { get; set; }

    public string? Sort { get; set; }

    public string? Order { get; set; }

    public string? After { get; set; }

    public string? Limit { get; set; }

    /// <summary>The wire spellings of <see cref="RecognitionSource"/> (lower case) and of <see cref="ArchiveSort"/>.</summary>
    public static readonly IReadOnlyDictionary<string, ArchiveSort> Sorts = new Dictionary<string, ArchiveSort>
    {
        ["received"] = ArchiveSort.Received,
        ["date"] = ArchiveSort.IssueDate,
        ["amount"] = ArchiveSort.Amount,
        ["number"] = ArchiveSort.Number,
        ["internal"] = ArchiveSort.InternalNumber,
        ["party"] = ArchiveSort.Party,
    };

    public static string SourceText(RecognitionSource source) => source.ToString().ToLowerInvariant();

    /// <summary>The search, or the malformed parameters with a message each (keyed by parameter name).</summary>
    /// <param name="amountCulture">How amounts are written: invariant for the API, the user's culture on the page.</param>
    public (ArchiveSearch? Search, Dictionary<string, string> Errors) ToSearch(
        Guid tenantId, bool newestFirstByDefault, int defaultLimit, CultureInfo? amountCulture = null)
    {
        var errors = new Dictionary<string, string>();
        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        var min = ParseAmount(Min, "min", errors, amountCulture ?? CultureInfo.InvariantCulture);
        var max = ParseAmount(Max, "max", errors, amountCulture ?? CultureInfo.InvariantCulture);
        if (!ApiValues.TryParseStatus(Status, out var status))
        {
            errors["status"] = "Status is archived or in_progress.";
        }

        if (!ApiValues.TryParseDirection(Direction, out var direction))
        {
            errors["direction"] = "Direction is purchase or sales.";
        }

        if (!ApiValues.TryParsePaymentStatus(PaymentStatus, out var paymentStatus))
        {
            errors["paymentStatus"] = "Payment status is unknown or paid.";
        }

        var source = Enum.GetValues<RecognitionSource>().Where(s => SourceText(s) == Source?.ToLowerInvariant()).Cast<RecognitionSource?>().FirstOrDefault();
        if (!string.IsNullOrEmpty(Source) && source is null)
        {
            errors["source"] = $"Source is one of {string.Join(", ", Enum.GetValues<RecognitionSource>().Select(SourceText))}.";
        }

        DateTimeOffset? since = null;
        if (!string.IsNullOrEmpty(Since))
        {
            if (DateTimeOffset.TryParse(Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                since = parsed;
            }
            else
            {
                errors["since"] = $"Since is a date and time in ISO 8601, e.g. 2026-12-01T00:00:00Z (got '{Shorten(Since)}').";
            }
        }

        var sort = ArchiveSort.Received;
        if (!string.IsNullOrEmpty(Sort) && !Sorts.TryGetValue(Sort.ToLowerInvariant(), out sort))
        {
            errors["sort"] = $"Sort is one of {string.Join(", ", Sorts.Keys)}.";
        }

        var descending = newestFirstByDefault;
        switch (Order?.ToLowerInvariant())
        {
            case null or "":
                break;
            case "asc":
                descending = false;
                break;
            case "desc":
                descending = true;
                break;
            default:
                errors["order"] = "Order is asc or desc.";
                break;
        }

        // Out-of-range limits are refused, not silently clamped: a client asking for 100,000 rows must learn it gets fewer.
        var limit = defaultLimit;
        if (!string.IsNullOrEmpty(Limit)
            && (!int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > ArchiveSearch.MaxLimit))
        {
            errors["limit"] = $"Limit must be a whole number from 1 to {ArchiveSearch.MaxLimit} (got '{Shorten(Limit)}').";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ArchiveSearch(tenantId, Q, Number, Party, from, to, min, max, status, paymentStatus, direction, source, since,
            sort, descending, After, limit), errors);
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = $"'{Shorten(text)}' is not a date (YYYY-MM-DD).";
        return null;
    }

    private static decimal? ParseAmount(string? text, string name, Dictionary<string, string> errors, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
            | (culture.Equals(CultureInfo.InvariantCulture) ? NumberStyles.None : NumberStyles.AllowThousands);
        if (decimal.TryParse(text.Trim(), styles, culture, out var amount)
            && Math.Abs(amount) <= MaxAmount)
        {
            return amount;
        }

        errors[name] = $"'{Shorten(text)}' is not an amount (e.g. 1234.50).";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
