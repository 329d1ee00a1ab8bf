using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>One waiting document as the queue shows it: what it is, why it waited at intake, what is still outstanding.</summary>
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
    IReadOnlyList<string> Outstanding)
{
    /// <summary>Nothing is missing any more: the queue's bulk action can archive it.</summary>
    public bool ReadyToArchive => RejectionReason is null && Outstanding.Count == 0;
}
