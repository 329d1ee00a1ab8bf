using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Queries;

/// <summary>Filters of the document list; <paramref name="After"/> is the keyset cursor (the last id of the previous page).</summary>
public sealed record DocumentQuery(
    Guid TenantId,
    DocumentStatus? Status = null,
    Direction? Direction = null,
    string? Number = null,
    string? Party = null,
    DateTimeOffset? Since = null,
    Guid? After = null,
    int Limit = 50);
