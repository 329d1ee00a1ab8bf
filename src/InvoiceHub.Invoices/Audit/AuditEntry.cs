namespace InvoiceHub.Invoices.Audit;

/// <summary>One line of the audit trail: who did or saw what, when (GoBD traceability).</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public Guid TenantId { get; init; }

    public Guid? DocumentId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Detail { get; init; }
}
