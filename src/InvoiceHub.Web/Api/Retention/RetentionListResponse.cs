using InvoiceHub.Invoices.Retention.ListReviews;
using InvoiceHub.Web.Api.Documents;

namespace InvoiceHub.Web.Api.Retention;

/// <summary>A page of documents listed for deletion, in the API's spellings (docs/api.md, "Retention").</summary>
internal sealed record RetentionListResponse(IReadOnlyList<RetentionItemResponse> Items, int Page, int PageSize, int Total, bool HasMore)
{
    public static RetentionListResponse From(RetentionReviewPage page) => new(
        [.. page.Items.Select(i => new RetentionItemResponse(i.DocumentId, DocumentResponse.StatusText(i.Status), DocumentResponse.DirectionText(i.Direction),
            i.InternalNumber, i.InvoiceNumber, i.CounterpartyName, i.IssueDate, i.TotalAmount, i.Currency, i.RetainUntil, i.ListedAt))],
        page.Page, page.PageSize, page.Total, page.HasMore);
}

/// <summary>One listed document.</summary>
internal sealed record RetentionItemResponse(
    Guid DocumentId,
    string Status,
    string Direction,
    string? InternalNumber,
    string? InvoiceNumber,
    string? CounterpartyName,
    DateOnly? IssueDate,
    decimal? TotalAmount,
    string? Currency,
    DateOnly RetainUntil,
    DateTimeOffset ListedAt);
