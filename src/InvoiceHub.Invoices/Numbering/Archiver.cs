using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Numbering;

/// <summary>
/// Puts a document into the archive inside the caller's transaction: the next internal number of its tenant,
/// direction and year (gap-free: a rolled-back archiving gives its number back) and its place in the export feed.
/// </summary>
internal sealed class Archiver(InvoicesDbContext db, TimeProvider clock)
{
    public async Task ArchiveAsync(Document document, InvoiceSettings settings, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var year = now.Year;
        var direction = document.Direction.ToString();
        // One statement takes the number, locks the counter row until the transaction ends, and takes the export feed
        // position: the lock is held from here to the commit, so nothing else is asked of the database in between.
        var numbers = (await db.Database.SqlQuery<AssignedNumbers>($"""
            INSERT INTO invoices.number_sequences (tenant_id, direction, year, next_value) VALUES ({document.TenantId}, {direction}, {year}, 2)
            ON CONFLICT (tenant_id, direction, year) DO UPDATE SET next_value = number_sequences.next_value + 1
            RETURNING next_value - 1 AS sequence, nextval('invoices.archive_sequence') AS archive_sequence
            """).ToListAsync(cancellationToken))[0];
        var sequence = numbers.Sequence;
        var archiveSequence = numbers.ArchiveSequence;

        var format = document.Direction == Direction.Purchase ? settings.PurchaseNumberFormat : settings.SalesNumberFormat;
        document.InternalNumber = InternalNumberFormat.Format(format, year, sequence);
        document.Status = DocumentStatus.Archived;
        document.ArchivedAt = now;
        document.ArchiveSequence = archiveSequence;
        db.Audit.Add(AuditTrail.Entry(document, actor, "archived", document.InternalNumber, clock));
    }

    /// <summary>What the numbering statement returns.</summary>
    internal sealed class AssignedNumbers
    {
        public long Sequence { get; init; }

        public long ArchiveSequence { get; init; }
    }
}
