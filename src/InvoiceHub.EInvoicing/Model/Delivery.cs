namespace InvoiceHub.EInvoicing.Model;

/// <summary>Delivery information (BG-13).</summary>
public sealed record Delivery
{
    /// <summary>BT-70 deliver-to party name.</summary>
    public string? PartyName { get; init; }

    /// <summary>BT-71 deliver-to location identifier with scheme (BT-71-1), e.g. a GLN.</summary>
    public Identifier? LocationId { get; init; }

    /// <summary>BT-72 actual delivery date.</summary>
    public DateOnly? ActualDate { get; init; }

    /// <summary>BG-15 deliver-to address.</summary>
    public Address? Address { get; init; }
}
