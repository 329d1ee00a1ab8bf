namespace InvoiceHub.Invoices.Audit.SearchAudit;

/// <summary>A filter over one tenant's audit trail; every part is optional. Dates are inclusive days (UTC).</summary>
public sealed record AuditQuery(
    Guid TenantId,
    string? Actor = null,
    string? Action = null,
    Guid? DocumentId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 50);
