using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Export;

/// <summary>
/// The pull feed for accounting systems (product notes, section 2): archived documents not yet acknowledged, in
/// archive order. A document is delivered on every poll until it is acknowledged, and never after, so a consumer
/// that crashes between fetching and booking loses nothing and books nothing twice.
/// </summary>
internal sealed class ExportFeed(InvoicesDbContext db, TimeProvider clock)
{
    public const int MaxLimit = 500;

    /// <param name="cursor">The archive sequence of the last item of the previous page (0 for the start of a poll).</param>
    public async Task<(IReadOnlyList<Document> Items, long? NextCursor)> PendingAsync(
        Guid tenantId, long cursor, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var items = await db.Documents.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.ArchiveSequence != null && d.ExportedAt == null && d.ArchiveSequence > cursor)
            .OrderBy(d => d.ArchiveSequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        return items.Count > limit ? (items[..limit], items[limit - 1].ArchiveSequence) : (items, null);
    }

    /// <summary>Marks documents as exported; returns the ids acknowledged now (unknown or already acknowledged ids are left out).</summary>
    public async Task<IReadOnlyList<Guid>> AcknowledgeAsync(Guid tenantId, IReadOnlyCollection<Guid> ids, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var requested = ids.Distinct().ToArray();
        // One conditional UPDATE: of two concurrent acknowledgements of a document exactly one gets it back.
        var acknowledged = await db.Database.SqlQuery<Guid>($"""
            UPDATE invoices.documents SET exported_at = {now}
            WHERE tenant_id = {tenantId} AND id = ANY({requested}) AND archive_sequence IS NOT NULL AND exported_at IS NULL
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        db.Audit.AddRange(acknowledged.Select(id => new AuditEntry
        {
            TenantId = tenantId,
            DocumentId = id,
            At = now,
            Actor = actor,
            Action = "exported",
            Detail = "acknowledged by the accounting system",
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return acknowledged;
    }
}
