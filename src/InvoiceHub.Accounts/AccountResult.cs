using FluentValidation.Results;

namespace InvoiceHub.Accounts;

/// <summary>The outcome of an account change: done (with a value), or refused with a message per field.</summary>
public sealed record AccountResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Refused because the input clashes with what exists (a name taken), not because it is malformed: HTTP 409.</summary>
    public bool Conflict { get; init; }
}

/// <summary>Makes <see cref="AccountResult{T}"/> values.</summary>
public static class AccountResult
{
    public static AccountResult<T> Done<T>(T value) => new(value, new Dictionary<string, string>());

    public static AccountResult<T> Refused<T>(string field, string message) => new(default, new Dictionary<string, string> { [field] = message });

    public static AccountResult<T> Taken<T>(string field, string message) => Refused<T>(field, message) with { Conflict = true };

    /// <summary>A command's validator said no: the first message per field, nothing changed.</summary>
    public static AccountResult<T> Invalid<T>(ValidationResult validation) =>
        new(default, validation.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage, StringComparer.Ordinal));
}
