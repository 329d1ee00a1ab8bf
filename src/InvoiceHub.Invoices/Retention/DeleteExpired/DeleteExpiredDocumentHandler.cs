using System.Globalization;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Invoices.Retention.DeleteExpired;

/// <summary>
/// An Admin's confirmed deletion of a document whose retention period has ended: the record, what hangs on it (OCR
/// data, attachments, reminders, the listing) and its files. Nothing is deleted silently: a reason is required, and the
/// audit trail keeps who deleted what, when and why (its entries about the document stay). An archived document still
/// under retention is refused here and, whatever the application does, by the database.
/// </summary>
internal sealed class DeleteExpiredDocumentHandler(
    InvoicesDbContext db,
    StoreCleanup files,
    IEnumerable<IDocumentDeletionGuard> guards,
    TimeProvider clock)
{
    public const string ReasonField = "Reason";
    public const int MaxReasonLength = 500;
    public const string AuditAction = "deleted-after-retention";

    public async Task<EditOutcome> HandleAsync(Guid tenantId, string actor, Guid documentId, string? reason, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return EditOutcome.Invalid(new Dictionary<string, string[]>
            {
                [ReasonField] = [$"Give a reason for the deletion, up to {MaxReasonLength} characters; it goes into the audit trail."],
            });
        }

        var document = await db.Documents.SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return EditOutcome.NotFound;
        }

        if (document.Status is not (DocumentStatus.Archived or DocumentStatus.Rejected))
        {
            return EditOutcome.Conflict("Only archived and rejected documents are deleted, once their retention period has ended.");
        }

        var retainUntil = await db.Database.SqlQueryRaw<DateOnly>(
            $"SELECT {RetentionPeriod.OfDocument} AS \"Value\" FROM invoices.documents d WHERE d.id = {{0}}", documentId).SingleAsync(cancellationToken);
        if (retainUntil >= RetentionPeriod.Today(clock))
        {
            return UnderRetention(document, retainUntil);
        }

        foreach (var guard in guards)
        {
            if (await guard.ReasonToKeepAsync(tenantId, documentId, cancellationToken) is { } keep)
            {
                return EditOutcome.Conflict($"{Name(document)} cannot be deleted yet: {keep}");
            }
        }

        var attachments = await db.UserAttachments.Where(a => a.TenantId == tenantId && a.DocumentId == documentId).ToListAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Rows that point at the document and mean nothing without it; the audit trail is not among them.
            await db.Recognitions.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await db.FollowUps.Where(f => f.TenantId == tenantId && f.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await db.RetentionReviews.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM invoices.archive_outbox WHERE document_id = {0}", [documentId], cancellationToken);
            db.UserAttachments.RemoveRange(attachments);
            db.Documents.Remove(document);
            db.Audit.Add(AuditTrail.Entry(document, actor, AuditAction, Detail(document, retainUntil, attachments.Count, reason), clock));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.IntegrityConstraintViolation })
            {
                // The database's own check (the archive's protection trigger) disagreed, e.g. the tenant's retention years
                // were raised meanwhile: its answer rules.
                db.ChangeTracker.Clear();
                return EditOutcome.Conflict($"{Name(document)} is still under retention by the database's own check; it cannot be deleted now.");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit: a failure here leaves files no record points to, which the recurring cleanup removes.
        await files.RemoveUnreferencedAsync([document.Sha256, .. attachments.Select(a => a.Sha256)], cancellationToken);
        return EditOutcome.Done(document);
    }

    private static EditOutcome UnderRetention(Document document, DateOnly retainUntil) =>
        EditOutcome.Conflict($"{Name(document)} must be kept until {retainUntil:yyyy-MM-dd}; it cannot be deleted before then.");

    private static string Name(Document document) => document.InternalNumber ?? document.InvoiceNumber ?? document.Id.ToString();

    private static string Detail(Document document, DateOnly retainUntil, int attachments, string reason) => string.Create(CultureInfo.InvariantCulture,
        $"{Name(document)} ({document.Status.ToString().ToLowerInvariant()} {document.Direction.ToString().ToLowerInvariant()} invoice {document.InvoiceNumber}"
        + $" of {document.IssueDate:yyyy-MM-dd} from {document.CounterpartyName}, original sha256 {document.Sha256}, {attachments} attachment(s)),"
        + $" kept until {retainUntil:yyyy-MM-dd}; reason: {reason}");
}
