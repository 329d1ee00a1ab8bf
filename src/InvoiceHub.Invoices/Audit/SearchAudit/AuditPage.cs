namespace InvoiceHub.Invoices.Audit.SearchAudit;

/// <summary>One page of audit entries, newest first, and whether older ones follow.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, bool HasMore);
