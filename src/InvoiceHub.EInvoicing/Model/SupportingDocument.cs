namespace InvoiceHub.EInvoicing.Model;

/// <summary>An additional supporting document (BG-24).</summary>
public sealed record SupportingDocument
{
    /// <summary>BT-122 supporting document reference.</summary>
    public string? Id { get; init; }

    /// <summary>Document type code (UBL DocumentTypeCode / CII TypeCode, normally 916; OIOUBL "ZZZ" etc.).</summary>
    public string? TypeCode { get; init; }

    /// <summary>BT-123 supporting document description (OIOUBL DocumentType goes here too).</summary>
    public string? Description { get; init; }

    /// <summary>BT-124 external document location.</summary>
    public string? ExternalUri { get; init; }

    /// <summary>BT-125 attached document, decoded, with mime code and file name.</summary>
    public BinaryObject? Attachment { get; init; }
}
