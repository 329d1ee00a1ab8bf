using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;

namespace InvoiceHub.Invoices.Audit;

/// <summary>Writes the audit trail: every state change and every read of a document through the API.</summary>
internal sealed class AuditTrail(InvoicesDbContext db, TimeProvider clock)
{
    public static AuditEntry Entry(Document document, string actor, string action, string? detail, TimeProvider clock) => new()
    {
        TenantId = document.TenantId,
        DocumentId = document.Id,
        At = clock.GetUtcNow(),
        Actor = actor,
        Action = action,
        Detail = detail,
    };

    /// <summary>A state change that is not about one document: a setting, a user, a credential, a sign-in.</summary>
    public async Task RecordAsync(Guid tenantId, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        db.Audit.Add(new AuditEntry { TenantId = tenantId, At = clock.GetUtcNow(), Actor = actor, Action = action, Detail = detail });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordReadAsync(Document document, string actor, string what, CancellationToken cancellationToken)
    {
        db.Audit.Add(Entry(document, actor, what, null, clock));
        await db.SaveChangesAsync(cancellationToken);
    }
}
