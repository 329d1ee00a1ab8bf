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
        var documents = await db.Documents
            .Where(d => d.TenantId == tenantId && ids.Contains(d.Id) && d.ArchiveSequence != null && d.ExportedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            document.ExportedAt = now;
            db.Audit.Add(AuditTrail.Entry(document, actor, "exported", "acknowledged by the accounting system", clock));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. documents.Select(d => d.Id)];
    }
}
