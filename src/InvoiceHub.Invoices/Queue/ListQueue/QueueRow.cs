using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>One waiting document as the queue shows it: what it is, why it waits, whether it could be archived now.</summary>
public sealed record QueueRow(
    Guid Id,
    string? InvoiceNumber,
    string? CounterpartyName,
    DateOnly? IssueDate,
    decimal? TotalAmount,
    string? Currency,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<DocumentReason> Reasons,
    string? RejectionReason,
    bool ReadyToArchive);
