using System.Globalization;

namespace InvoiceHub.EInvoicing.Model;

/// <summary>An amount with its currency (currencyID attribute; CII often leaves it out, then it is null).</summary>
/// <remarks>
/// Decimal keeps the scale written in the document ("1436.50" stays 1436.50), so writers reproduce it;
/// equality is numeric (1436.5 == 1436.50), which is what round trips need.
/// </remarks>
public readonly record struct Money(decimal Amount, string? Currency)
{
    public override string ToString() =>
        Currency is null
            ? Amount.ToString(CultureInfo.InvariantCulture)
            : $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
