namespace InvoiceHub.EInvoicing.Model;

/// <summary>Price details (BG-29).</summary>
public sealed record LinePrice
{
    /// <summary>BT-146 item net price.</summary>
    public Money? NetPrice { get; init; }

    /// <summary>BT-147 item price discount.</summary>
    public Money? Discount { get; init; }

    /// <summary>BT-148 item gross price.</summary>
    public Money? GrossPrice { get; init; }

    /// <summary>BT-149 item price base quantity with BT-150 unit code.</summary>
    public Quantity? BaseQuantity { get; init; }
}
