namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>
/// One refused push or upload in the intake log (product notes, section 3: failed imports leave a readable error
/// log). What could be read from the file is kept; the file itself only when the tenant keeps refused files.
/// </summary>
public sealed class IntakeRefusal
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The connector credential's or the user's name.</summary>
    public required string Actor { get; init; }

    /// <summary>How the file came: <c>api</c> (connector push) or <c>upload</c> (the upload page).</summary>
    public required string Channel { get; init; }

    /// <summary>One of <see cref="RefusalKinds"/>.</summary>
    public required string Kind { get; init; }

    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The size in bytes, as received or (too large) as announced; null when not known.</summary>
    public long? Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the bytes; null when they were not read (too large, malformed).</summary>
    public string? Sha256 { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? PartyName { get; init; }

    /// <summary>The problem in words, as the API answered it.</summary>
    public required string Problem { get; init; }

    public string? Detail { get; init; }

    /// <summary>The earlier document a duplicate collides with.</summary>
    public Guid? ExistingDocumentId { get; init; }

    /// <summary>The refused bytes, only when the tenant keeps refused files; never archived, never in the document store.</summary>
    public byte[]? Content { get; init; }
}
