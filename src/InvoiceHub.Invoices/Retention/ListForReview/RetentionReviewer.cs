using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InvoiceHub.Invoices.Retention.ListForReview;

/// <summary>
/// Lists archived and rejected documents whose retention period has ended for an Admin to confirm their deletion, and
/// takes back listings that no longer hold (a tenant raised its retention years). Idempotent: a listed document stays
/// listed once, with the day it was first listed.
/// </summary>
internal sealed class RetentionReviewer(InvoicesDbContext db, TimeProvider clock, ILogger<RetentionReviewer> logger)
{
    public async Task<(int Listed, int Withdrawn)> RunAsync(CancellationToken cancellationToken)
    {
        var today = RetentionPeriod.Today(clock);
        var now = clock.GetUtcNow();
        var withdrawn = await db.Database.ExecuteSqlRawAsync($$"""
            DELETE FROM invoices.retention_reviews r USING invoices.documents d
            WHERE d.id = r.document_id AND {{RetentionPeriod.OfDocument}} >= {0}
            """, [today], cancellationToken);
        var listed = await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO invoices.retention_reviews (document_id, tenant_id, retain_until, listed_at)
            SELECT d.id, d.tenant_id, {{RetentionPeriod.OfDocument}}, {1}
            FROM invoices.documents d
            WHERE d.status IN ('Archived', 'Rejected') AND {{RetentionPeriod.OfDocument}} < {0}
            ON CONFLICT (document_id) DO NOTHING
            """, [today, now], cancellationToken);
        logger.LogInformation("Retention review: {Listed} document(s) newly listed for deletion, {Withdrawn} listing(s) withdrawn", listed, withdrawn);
        return (listed, withdrawn);
    }
}
