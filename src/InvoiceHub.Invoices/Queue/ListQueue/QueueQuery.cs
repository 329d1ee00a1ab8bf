using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>One page of a tenant's purchase or sales queue (in progress, or the rejected list).</summary>
public sealed record QueueQuery(
    Guid TenantId,
    Direction Direction,
    DocumentStatus Status = DocumentStatus.InProgress,
    string? Search = null,
    string? Reason = null,
    QueueSort Sort = QueueSort.Received,
    bool Descending = true,
    int Page = 1,
    int PageSize = 50);
