namespace InvoiceHub.EInvoicing.Model;

/// <summary>A postal address (BG-5 seller, BG-8 buyer, BG-12 tax representative, BG-15 deliver-to).</summary>
public sealed record Address
{
    /// <summary>BT-35 address line 1 (UBL StreetName, CII LineOne).</summary>
    public string? Line1 { get; init; }

    /// <summary>BT-36 address line 2 (UBL AdditionalStreetName, CII LineTwo).</summary>
    public string? Line2 { get; init; }

    /// <summary>BT-162 address line 3 (UBL AddressLine/Line, CII LineThree).</summary>
    public string? Line3 { get; init; }

    /// <summary>Building number: OIOUBL structured addresses (StructuredDK) keep it apart from the street.</summary>
    public string? BuildingNumber { get; init; }

    /// <summary>BT-37 city.</summary>
    public string? City { get; init; }

    /// <summary>BT-38 post code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>BT-39 country subdivision.</summary>
    public string? CountrySubdivision { get; init; }

    /// <summary>BT-40 country code (ISO 3166-1 alpha-2).</summary>
    public string? CountryCode { get; init; }
}
