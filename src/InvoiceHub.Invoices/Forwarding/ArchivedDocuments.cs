using System.Linq.Expressions;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Forwarding;

/// <summary>The archive as the forwarding module may see it (<see cref="IArchivedDocuments"/>).</summary>
internal sealed class ArchivedDocuments(InvoicesDbContext db, IDocumentStore store, TimeProvider clock) : IArchivedDocuments
{
    public async Task<IReadOnlyList<ArchiveOutboxEntry>> PeekOutboxAsync(int limit, CancellationToken cancellationToken)
    {
        // The columns are named as the snake-case convention maps OutboxRow's properties.
        var rows = await db.Database.SqlQuery<OutboxRow>($"""
            SELECT archive_sequence, document_id, tenant_id, direction, internal_number, archived_at
            FROM invoices.archive_outbox ORDER BY archive_sequence LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ArchiveOutboxEntry(r.ArchiveSequence, r.DocumentId, r.TenantId, Enum.Parse<Direction>(r.Direction), r.InternalNumber, r.ArchivedAt))];
    }

    public async Task RemoveFromOutboxAsync(IReadOnlyCollection<long> archiveSequences, CancellationToken cancellationToken)
    {
        var sequences = archiveSequences.ToArray();
        await db.Database.ExecuteSqlAsync($"DELETE FROM invoices.archive_outbox WHERE archive_sequence = ANY({sequences})", cancellationToken);
    }

    public async Task<ArchivedDocument?> GetAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken)
    {
        return await db.Documents
            .Where(d => d.TenantId == tenantId && d.Id == documentId && d.ArchiveSequence != null)
            .Select(_toContract)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ArchivedDocument>> ListByIssueDateAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        return await db.Documents
            .Where(d => d.TenantId == tenantId && d.ArchiveSequence != null && d.IssueDate >= from && d.IssueDate <= to)
            .OrderBy(d => d.ArchiveSequence)
            .Select(_toContract)
            .ToListAsync(cancellationToken);
    }

    public Task<byte[]?> ReadOriginalAsync(ArchivedDocument document, CancellationToken cancellationToken) =>
        store.GetAsync(document.Sha256, cancellationToken);

    public async Task RecordAsync(Guid tenantId, Guid documentId, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        // One statement, no change tracking: forwarding records one line per delivery.
        var at = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
            VALUES ({tenantId}, {documentId}, {at}, {actor}, {action}, {detail})
            """, cancellationToken);
    }

    // A projection: the forwarding channels need these columns, not the document's findings, reasons and workspace.
    private static readonly Expression<Func<Document, ArchivedDocument>> _toContract = d => new ArchivedDocument
    {
        Id = d.Id,
        TenantId = d.TenantId,
        Direction = d.Direction,
        InternalNumber = d.InternalNumber!,
        ArchiveSequence = d.ArchiveSequence!.Value,
        ArchivedAt = d.ArchivedAt!.Value,
        InvoiceNumber = d.InvoiceNumber,
        IsCreditNote = d.IsCreditNote,
        IssueDate = d.IssueDate,
        DueDate = d.DueDate,
        Currency = d.Currency,
        NetAmount = d.NetAmount,
        TaxAmount = d.TaxAmount,
        TotalAmount = d.TotalAmount,
        CounterpartyName = d.CounterpartyName,
        PartyAccountNumber = d.PartyAccountNumber,
        ContentType = d.ContentType,
        Syntax = d.Syntax,
        Sha256 = d.Sha256,
    };

    private sealed record OutboxRow(long ArchiveSequence, Guid DocumentId, Guid TenantId, string Direction, string InternalNumber, DateTimeOffset ArchivedAt);
}
