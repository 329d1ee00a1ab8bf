namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>The columns a queue can be sorted by.</summary>
public enum QueueSort
{
    Received,
    Number,
    Party,
    Date,
    Amount,
}
