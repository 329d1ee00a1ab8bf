using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvoiceHub.Web.Api;

/// <summary>
/// Reads an endpoint's query parameters and collects every mistake, so that the client gets one 400 problem naming
/// each bad parameter and the format it expects. The framework's own binding would answer with .NET type names
/// ("Failed to bind parameter \"Guid? after\"") and would accept out-of-range limits silently.
/// </summary>
internal sealed class QueryParameters(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public string? Text(string name) => query[name] is { Count: > 0 } values && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    public DateTimeOffset? Timestamp(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        Fail(name, $"must be an ISO 8601 timestamp such as 2026-01-31T12:00:00Z (got '{text}')");
        return null;
    }

    public Guid? Id(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (Guid.TryParse(text, out var value))
        {
            return value;
        }

        Fail(name, $"must be a document id such as 0193a5b2-7c4e-7d10-8f00-1234567890ab (got '{text}')");
        return null;
    }

    public long? Cursor(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(name, $"must be the nextCursor of the previous page, a whole number (got '{text}')");
        return null;
    }

    /// <summary>A page size from 1 to <paramref name="max"/>; anything else is refused rather than silently clamped.</summary>
    public int Limit(string name, int defaultValue, int max)
    {
        if (Text(name) is not { } text)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        Fail(name, $"must be a whole number from 1 to {max} (got '{text}')");
        return defaultValue;
    }

    public void Fail(string name, string message) => _errors[name] = [message];

    /// <summary>The 400 answer when anything was wrong, else null.</summary>
    public ProblemHttpResult? Problem => _errors.Count == 0
        ? null
        : TypedResults.Problem(new HttpValidationProblemDetails(_errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid query",
            Detail = string.Join("; ", _errors.Select(e => $"{e.Key} {e.Value[0]}")),
        });
}
