namespace InvoiceHub.Forwarding.Contracts;

/// <summary>A delivery as pages and the API show it.</summary>
public sealed record DeliveryView(
    Guid Id,
    Guid DocumentId,
    string InternalNumber,
    Channel Channel,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    string? LastError,
    string? ExportNotes,
    Guid? ResendOf);
