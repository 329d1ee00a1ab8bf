using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Channels.Webhook;

/// <summary>The JSON body of a webhook delivery (documented in docs/forwarding.md).</summary>
internal sealed record WebhookPayload(string Type, DateTimeOffset Timestamp, WebhookInvoice Data)
{
    public static byte[] Serialize(string type, DateTimeOffset timestamp, Guid deliveryId, ArchivedDocument document, string? baseUrl) =>
        JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload(type, timestamp, new WebhookInvoice
        {
            DeliveryId = deliveryId,
            DocumentId = document.Id,
            InternalNumber = document.InternalNumber,
            Direction = document.Direction.ToString().ToLowerInvariant(),
            InvoiceNumber = document.InvoiceNumber,
            IsCreditNote = document.IsCreditNote,
            IssueDate = document.IssueDate,
            DueDate = document.DueDate,
            Currency = document.Currency,
            NetAmount = document.NetAmount,
            TaxAmount = document.TaxAmount,
            TotalAmount = document.TotalAmount,
            CounterpartyName = document.CounterpartyName,
            ArchivedAt = document.ArchivedAt,
            OriginalUrl = $"{baseUrl?.TrimEnd('/')}/api/v1/documents/{document.Id}/original",
            OriginalContentType = document.ContentType,
        }), WebhookJson.Default.WebhookPayload);
}

/// <summary>The invoice inside a webhook delivery.</summary>
internal sealed record WebhookInvoice
{
    public Guid DeliveryId { get; init; }

    public Guid DocumentId { get; init; }

    public required string InternalNumber { get; init; }

    public required string Direction { get; init; }

    public string? InvoiceNumber { get; init; }

    public bool IsCreditNote { get; init; }

    public DateOnly? IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? Currency { get; init; }

    public decimal? NetAmount { get; init; }

    public decimal? TaxAmount { get; init; }

    public decimal? TotalAmount { get; init; }

    public string? CounterpartyName { get; init; }

    public DateTimeOffset ArchivedAt { get; init; }

    public required string OriginalUrl { get; init; }

    public required string OriginalContentType { get; init; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class WebhookJson : JsonSerializerContext;
