using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Parties.Domain;

/// <summary>
/// A tenant's account numbering: fixed-length person accounts (5 digits in the German FiBu tools of product notes
/// section 3, longer ones cannot be imported there), with separate ranges for customers and suppliers.
/// </summary>
internal sealed class PartySettings
{
    public Guid TenantId { get; init; }

    public int AccountNumberLength { get; set; } = 5;

    public long CustomerRangeFrom { get; set; } = 10000;

    public long CustomerRangeTo { get; set; } = 69999;

    public long SupplierRangeFrom { get; set; } = 70000;

    public long SupplierRangeTo { get; set; } = 99999;

    /// <summary>Used while a tenant has no row of its own.</summary>
    public static PartySettings Defaults(Guid tenantId) => new() { TenantId = tenantId };

    public (long From, long To) RangeOf(PartyKind kind) =>
        kind == PartyKind.Customer ? (CustomerRangeFrom, CustomerRangeTo) : (SupplierRangeFrom, SupplierRangeTo);

    public string Format(long number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(AccountNumberLength, '0');

    /// <summary>Why an account number does not fit this numbering, or null when it does.</summary>
    public string? CheckAccountNumber(string accountNumber, PartyKind kind)
    {
        var (from, to) = RangeOf(kind);
        var kindName = kind == PartyKind.Customer ? "customer" : "supplier";
        if (!accountNumber.All(char.IsAsciiDigit))
        {
            return $"must consist of digits only (got '{accountNumber}')";
        }

        if (accountNumber.Length != AccountNumberLength)
        {
            return $"must have exactly {AccountNumberLength} digits (got {accountNumber.Length}: '{accountNumber}')";
        }

        var value = long.Parse(accountNumber, System.Globalization.CultureInfo.InvariantCulture);
        return value < from || value > to
            ? $"{accountNumber} is outside the {kindName} range {Format(from)}-{Format(to)}"
            : null;
    }
}
