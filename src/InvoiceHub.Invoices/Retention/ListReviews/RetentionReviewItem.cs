using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Retention.ListReviews;

/// <summary>One document listed for deletion, with what an Admin needs to recognise it.</summary>
public sealed record RetentionReviewItem
{
    public Guid DocumentId { get; init; }

    public DocumentStatus Status { get; init; }

    public Direction Direction { get; init; }

    public string? InternalNumber { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? CounterpartyName { get; init; }

    public DateOnly? IssueDate { get; init; }

    public decimal? TotalAmount { get; init; }

    public string? Currency { get; init; }

    public DateOnly RetainUntil { get; init; }

    public DateTimeOffset ListedAt { get; init; }
}
