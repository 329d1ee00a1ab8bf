using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Queries;

/// <summary>Reads documents of one tenant; another tenant's ids simply do not exist here.</summary>
internal sealed class DocumentQueries(InvoicesDbContext db)
{
    public Task<Document?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
}
