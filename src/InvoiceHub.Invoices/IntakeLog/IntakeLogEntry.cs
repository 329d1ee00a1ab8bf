namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>A line of the intake log as listed (without the kept bytes).</summary>
public sealed record IntakeLogEntry(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string Channel,
    string Kind,
    string? FileName,
    long? Size,
    string? Sha256,
    string? InvoiceNumber,
    string? PartyName,
    string Problem,
    string? Detail,
    Guid? ExistingDocumentId,
    bool HasContent);
