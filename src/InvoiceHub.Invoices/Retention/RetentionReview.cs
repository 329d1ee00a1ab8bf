namespace InvoiceHub.Invoices.Retention;

/// <summary>
/// A document whose retention period has ended, listed by the retention job for an Admin to confirm its deletion.
/// Listing deletes nothing (GoBD: nothing is deleted silently); the row goes with the document when an Admin confirms.
/// </summary>
public sealed class RetentionReview
{
    public Guid DocumentId { get; init; }

    public Guid TenantId { get; init; }

    /// <summary>The last day the document had to be kept, as it was when it was listed.</summary>
    public DateOnly RetainUntil { get; init; }

    public DateTimeOffset ListedAt { get; init; }
}
