using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Recognition;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// The status resource of a scan's recognition (<c>GET /api/v1/documents/{id}/recognition</c>, also the body of the 202
/// that accepted it). JSON names are a contract: see docs/api.md.
/// </summary>
internal sealed record RecognitionResponse(
    Guid DocumentId,
    string Status,
    string DocumentStatus,
    string? Error,
    int Pages,
    IReadOnlyDictionary<string, RecognitionFieldResponse> Fields,
    string? Text,
    DateTimeOffset QueuedAt,
    DateTimeOffset? CompletedAt,
    RecognitionLinks Links)
{
    public static RecognitionResponse From(Document document, DocumentRecognition? recognition) => new(
        document.Id,
        (recognition?.Status ?? RecognitionStatus.Pending).ToString().ToLowerInvariant(),
        DocumentResponse.StatusText(document.Status),
        recognition?.Error,
        recognition?.Pages ?? 0,
        (recognition?.Fields ?? []).ToDictionary(f => f.Name, f => new RecognitionFieldResponse(
            f.Value, f.Confidence, f.Confident, f.Page, new RecognitionBox(f.Left, f.Top, f.Width, f.Height))),
        recognition?.Text,
        recognition?.QueuedAt ?? document.ReceivedAt,
        recognition?.CompletedAt,
        new RecognitionLinks(PathOf(document.Id), $"/api/v1/documents/{document.Id}", $"/api/v1/documents/{document.Id}/original"));

    public static string PathOf(Guid documentId) => $"/api/v1/documents/{documentId}/recognition";
}

/// <summary>One recognised field: value (dates YYYY-MM-DD, amounts with a point), confidence 0-100, and where it is.</summary>
internal sealed record RecognitionFieldResponse(string Value, float Confidence, bool Confident, int Page, RecognitionBox Box);

/// <summary>A field's box in pixels of its page image (origin top left).</summary>
internal sealed record RecognitionBox(int Left, int Top, int Width, int Height);

/// <summary>Where to poll, and the document the scan became.</summary>
internal sealed record RecognitionLinks(string Self, string Document, string Original);
