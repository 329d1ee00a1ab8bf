namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>A page of the queue, the number of documents matching the filter, and the reasons present (for the filter).</summary>
public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
