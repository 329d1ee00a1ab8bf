using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Retention.ListReviews;

/// <summary>The tenant's documents listed by the retention job, for the Admin page and the admin API.</summary>
internal sealed class ListRetentionReviewsHandler(InvoicesDbContext db)
{
    public const int PageSize = 50;

    public async Task<RetentionReviewPage> HandleAsync(Guid tenantId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var total = await db.RetentionReviews.CountAsync(r => r.TenantId == tenantId, cancellationToken);
        var items = await Listed(tenantId)
            .OrderBy(i => i.RetainUntil).ThenBy(i => i.DocumentId)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new RetentionReviewPage(items, page, PageSize, total);
    }

    /// <summary>One listed document of the tenant, or null when it is not listed (unknown, another tenant's, deleted).</summary>
    public Task<RetentionReviewItem?> FindAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        Listed(tenantId).Where(i => i.DocumentId == documentId).SingleOrDefaultAsync(cancellationToken);

    private IQueryable<RetentionReviewItem> Listed(Guid tenantId) =>
        db.RetentionReviews.AsNoTracking().Where(r => r.TenantId == tenantId)
            .Join(db.Documents, r => r.DocumentId, d => d.Id, (r, d) => new RetentionReviewItem
            {
                DocumentId = d.Id,
                Status = d.Status,
                Direction = d.Direction,
                InternalNumber = d.InternalNumber,
                InvoiceNumber = d.InvoiceNumber,
                CounterpartyName = d.CounterpartyName,
                IssueDate = d.IssueDate,
                TotalAmount = d.TotalAmount,
                Currency = d.Currency,
                RetainUntil = r.RetainUntil,
                ListedAt = r.ListedAt,
            });
}
