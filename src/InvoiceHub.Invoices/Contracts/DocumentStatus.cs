namespace InvoiceHub.Invoices.Contracts;

/// <summary>Where a received document stands.</summary>
public enum DocumentStatus
{
    /// <summary>Waiting in the purchase or sales in-progress queue for a bookkeeper; the reasons say why.</summary>
    InProgress,

    /// <summary>In the archive: immutable, numbered, handed to accounting once.</summary>
    Archived,

    /// <summary>Taken out of the queue by a person, with a reason; kept (never deleted) in the rejected list.</summary>
    Rejected,

    /// <summary>A scan stored and waiting for its OCR job; it enters the queue (or the archive) when recognised.</summary>
    Recognizing,
}
