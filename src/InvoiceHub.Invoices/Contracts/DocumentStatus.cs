namespace InvoiceHub.Invoices.Contracts;

/// <summary>Where a received document stands.</summary>
public enum DocumentStatus
{
    /// <summary>Waiting in the purchase or sales in-progress queue for a bookkeeper; the reasons say why.</summary>
    InProgress,

    /// <summary>In the archive: immutable, numbered, handed to accounting once.</summary>
    Archived,
}
