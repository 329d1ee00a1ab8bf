namespace InvoiceHub.EInvoicing.Model;

/// <summary>Item information (BG-31) with its attributes (BG-32).</summary>
public sealed record Item
{
    /// <summary>BT-153 item name.</summary>
    public string? Name { get; init; }

    /// <summary>BT-154 item description.</summary>
    public string? Description { get; init; }

    /// <summary>BT-155 item seller's identifier.</summary>
    public string? SellerId { get; init; }

    /// <summary>BT-156 item buyer's identifier.</summary>
    public string? BuyerId { get; init; }

    /// <summary>BT-157 item standard identifier with scheme (BT-157-1, e.g. 0160 GTIN/EAN).</summary>
    public Identifier? StandardId { get; init; }

    /// <summary>BT-158 item classification identifiers with list id and version (BT-158-1, BT-158-2).</summary>
    public ValueList<ItemClassification> Classifications { get; init; } = ValueList<ItemClassification>.Empty;

    /// <summary>BT-159 item country of origin.</summary>
    public string? OriginCountry { get; init; }

    /// <summary>BG-32 item attributes (BT-160 name, BT-161 value).</summary>
    public ValueList<ItemAttribute> Attributes { get; init; } = ValueList<ItemAttribute>.Empty;
}
