namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>What the refusing code knows about a refused file; <see cref="IntakeLogWriter"/> adds time, hash and (if kept) the bytes.</summary>
public sealed record IntakeRefusalRecord(
    Guid TenantId,
    string Actor,
    string Channel,
    string Kind,
    string Problem,
    string? Detail = null,
    string? FileName = null,
    string? ContentType = null,
    byte[]? Content = null,
    long? Size = null,
    string? InvoiceNumber = null,
    string? PartyName = null,
    Guid? ExistingDocumentId = null);
