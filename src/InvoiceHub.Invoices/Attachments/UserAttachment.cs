namespace InvoiceHub.Invoices.Attachments;

/// <summary>
/// A file a person added to a document (a delivery note, a signed order): kept beside the original, never inside it,
/// so the archived invoice stays exactly as received. The bytes are in the document store under their SHA-256.
/// </summary>
public sealed class UserAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public Guid DocumentId { get; init; }

    public required string FileName { get; init; }

    /// <summary>Detected from the bytes (application/pdf, image/png, image/jpeg, image/tiff), never taken from the client.</summary>
    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string AddedBy { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
