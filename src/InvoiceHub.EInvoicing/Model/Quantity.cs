using System.Globalization;

namespace InvoiceHub.EInvoicing.Model;

/// <summary>A quantity with its UN/ECE Rec 20/21 unit code (BT-130, BT-150).</summary>
public readonly record struct Quantity(decimal Value, string? UnitCode)
{
    public override string ToString() =>
        $"{Value.ToString(CultureInfo.InvariantCulture)} {UnitCode}".TrimEnd();
}
