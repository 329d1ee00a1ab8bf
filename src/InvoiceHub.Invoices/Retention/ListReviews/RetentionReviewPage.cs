namespace InvoiceHub.Invoices.Retention.ListReviews;

/// <summary>A page of the documents listed for deletion, oldest retention end first.</summary>
public sealed record RetentionReviewPage(IReadOnlyList<RetentionReviewItem> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => Page * PageSize < Total;
}
