using System.Text.Json.Serialization;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>Optional metadata sent with a document (multipart part <c>metadata</c>, or query parameters).</summary>
internal sealed record UploadMetadata(
    [property: JsonPropertyName("direction")] string? Direction,
    [property: JsonPropertyName("paymentStatus")] string? PaymentStatus,
    [property: JsonPropertyName("externalId")] string? ExternalId);
