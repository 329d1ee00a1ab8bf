using System.Collections.Concurrent;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InvoiceHub.Invoices.Numbering;

/// <summary>
/// Puts a stored, not yet archived document into the archive and commits the caller's transaction: the next internal
/// number of its tenant, direction and year (gap-free: a rolled-back archiving gives its number back), its place in
/// the export feed, its status and the audit entry.
/// </summary>
/// <remarks>
/// The counter row stays locked from the moment a number is taken until the commit, so every archiving of a tenant
/// and direction queues behind the one before it. The window is therefore kept to two round trips (one statement
/// that numbers, archives and audits, then the commit) with nothing computed in between, and requests of this node
/// queue in memory rather than as waiting backends in PostgreSQL, where a crowd of waiters on one row costs CPU.
/// </remarks>
internal sealed class Archiver(InvoicesDbContext db, NumberingGate gate, TimeProvider clock)
{
    public async Task ArchiveAndCommitAsync(
        Document document, InvoiceSettings settings, string actor, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var year = now.Year;
        var direction = document.Direction.ToString();
        var pattern = document.Direction == Direction.Purchase ? settings.PurchaseNumberFormat : settings.SalesNumberFormat;
        var (prefix, width, suffix) = InternalNumberFormat.Split(pattern, year);
        var archived = DocumentStatus.Archived.ToString();

        using (await gate.EnterAsync(document.TenantId, document.Direction, cancellationToken))
        {
            var result = (await db.Database.SqlQuery<ArchivedNumbers>($"""
                WITH taken AS (
                    INSERT INTO invoices.number_sequences (tenant_id, direction, year, next_value) VALUES ({document.TenantId}, {direction}, {year}, 2)
                    ON CONFLICT (tenant_id, direction, year) DO UPDATE SET next_value = number_sequences.next_value + 1
                    RETURNING next_value - 1 AS sequence
                ), numbered AS (
                    UPDATE invoices.documents d
                    SET status = {archived}, archived_at = {now}, archive_sequence = nextval('invoices.archive_sequence'),
                        internal_number = {prefix} || CASE WHEN length(taken.sequence::text) >= {width} THEN taken.sequence::text
                                                           ELSE lpad(taken.sequence::text, {width}, '0') END || {suffix}
                    FROM taken
                    WHERE d.id = {document.Id} AND d.tenant_id = {document.TenantId} AND d.internal_number IS NULL
                    RETURNING d.id, d.tenant_id, d.internal_number, d.archive_sequence
                )
                INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
                SELECT tenant_id, id, {now}, {actor}, 'archived', internal_number FROM numbered
                RETURNING detail AS internal_number, (SELECT archive_sequence FROM numbered) AS archive_sequence
                """).ToListAsync(cancellationToken)).SingleOrDefault()
                ?? throw new InvalidOperationException($"Document {document.Id} is not stored or is archived already.");

            // The work is done; a client that goes away now must not turn it into an ambiguous commit.
            await transaction.CommitAsync(CancellationToken.None);

            // What the database now holds, for the answer; the entity is not saved again.
            document.Status = DocumentStatus.Archived;
            document.ArchivedAt = now;
            document.InternalNumber = result.InternalNumber;
            document.ArchiveSequence = result.ArchiveSequence;
        }
    }

    /// <summary>What the archiving statement returns.</summary>
    internal sealed class ArchivedNumbers
    {
        public required string InternalNumber { get; init; }

        public long ArchiveSequence { get; init; }
    }
}

/// <summary>One archiving at a time per tenant and direction on this node (the database's row lock still decides across nodes).</summary>
internal sealed class NumberingGate
{
    private readonly ConcurrentDictionary<(Guid, Direction), SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid tenantId, Direction direction, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd((tenantId, direction), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
