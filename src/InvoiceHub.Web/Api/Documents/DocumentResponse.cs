using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>A document as the API shows it (JSON property names are a contract: see docs/api.md).</summary>
internal sealed record DocumentResponse(
    Guid Id,
    string? InternalNumber,
    string Status,
    string Direction,
    string PaymentStatus,
    string? ExternalId,
    string Syntax,
    string Profile,
    string? TypeCode,
    bool IsCreditNote,
    bool BookingAidOnly,
    string? InvoiceNumber,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    string? Currency,
    decimal? NetAmount,
    decimal? TaxAmount,
    decimal? TotalAmount,
    decimal? PayableAmount,
    string? CounterpartyName,
    PartyResponse Party,
    Guid? DuplicateOf,
    IReadOnlyList<ReasonResponse> Reasons,
    IReadOnlyList<FindingResponse> Findings,
    string Sha256,
    long Size,
    string ContentType,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ArchivedAt,
    DateTimeOffset? ExportedAt,
    DocumentLinks Links,
    DocumentWorkspace? Workspace)
{
    public static DocumentResponse From(Document d) => new(
        d.Id, d.InternalNumber, StatusText(d.Status), DirectionText(d.Direction), d.PaymentStatus == Invoices.Contracts.PaymentStatus.Paid ? "paid" : "unknown",
        d.ExternalId, d.Syntax, d.Profile, d.TypeCode, d.IsCreditNote, d.IsBookingAidOnly, d.InvoiceNumber, d.IssueDate, d.DueDate, d.Currency,
        d.NetAmount, d.TaxAmount, d.TotalAmount, d.PayableAmount, d.CounterpartyName,
        new PartyResponse(d.PartyId, d.PartyAccountNumber, d.PartyMatch?.Outcome.ToLowerInvariant(), d.PartyMatch?.MatchedBy, d.PartyMatch?.Steps ?? []),
        d.DuplicateOfId,
        [.. d.Reasons.Select(r => new ReasonResponse(r.Code, r.Message))],
        [.. d.Findings.Select(f => new FindingResponse(f.Rule, f.Severity, f.Message, f.Location))],
        d.Sha256, d.Size, d.ContentType, d.ReceivedAt, d.ArchivedAt, d.ExportedAt,
        new DocumentLinks($"/api/v1/documents/{d.Id}", $"/api/v1/documents/{d.Id}/original", $"/api/v1/documents/{d.Id}/rendered"),
        d.Workspace);

    public static string StatusText(DocumentStatus status) => status switch
    {
        DocumentStatus.Archived => "archived",
        DocumentStatus.Rejected => "rejected",
        DocumentStatus.Recognizing => "recognizing",
        _ => "in_progress",
    };

    public static string DirectionText(Direction direction) => direction == Invoices.Contracts.Direction.Purchase ? "purchase" : "sales";
}

/// <summary>The matched supplier or customer and how it was found.</summary>
internal sealed record PartyResponse(Guid? Id, string? AccountNumber, string? Outcome, string? MatchedBy, IReadOnlyList<string> Steps);

/// <summary>Why a document waits in the in-progress queue, or a warning about it.</summary>
internal sealed record ReasonResponse(string Code, string Message);

/// <summary>A validation finding.</summary>
internal sealed record FindingResponse(string Rule, string Severity, string Message, string Location);

/// <summary>Where to fetch more about a document.</summary>
internal sealed record DocumentLinks(string Self, string Original, string Rendered);

/// <summary>A page of documents; pass <c>next</c> as <c>after</c> for the following page.</summary>
internal sealed record DocumentPage(IReadOnlyList<DocumentResponse> Items, string? Next);
