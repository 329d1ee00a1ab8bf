namespace InvoiceHub.Invoices.Contracts;

/// <summary>A document that entered the archive and is not yet handed to forwarding.</summary>
public sealed record ArchiveOutboxEntry(long ArchiveSequence, Guid DocumentId, Guid TenantId, Direction Direction, string InternalNumber, DateTimeOffset ArchivedAt);
