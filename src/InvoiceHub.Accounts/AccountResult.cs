namespace InvoiceHub.Accounts;

/// <summary>The outcome of an account change: done (with a value), or refused with a message per field.</summary>
public sealed record AccountResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Makes <see cref="AccountResult{T}"/> values.</summary>
public static class AccountResult
{
    public static AccountResult<T> Done<T>(T value) => new(value, new Dictionary<string, string>());

    public static AccountResult<T> Refused<T>(string field, string message) => new(default, new Dictionary<string, string> { [field] = message });
}
