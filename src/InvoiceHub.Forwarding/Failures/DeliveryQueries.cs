using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Failures;

/// <summary>What the failures list, the dashboard and an invoice show of its deliveries.</summary>
public sealed class DeliveryQueries
{
    private readonly ForwardingDbContext _db;

    internal DeliveryQueries(ForwardingDbContext db) => _db = db;

    public async Task<IReadOnlyList<DeliveryView>> ExportErrorsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await _db.Deliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.Status == DeliveryStatus.ExportError)
            .OrderByDescending(d => d.CreatedAt).Take(500)
            .Select(View).ToListAsync(cancellationToken);

    public Task<int> CountExportErrorsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        _db.Deliveries.CountAsync(d => d.TenantId == tenantId && d.Status == DeliveryStatus.ExportError, cancellationToken);

    public async Task<IReadOnlyList<DeliveryView>> ForDocumentAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        await _db.Deliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.DocumentId == documentId)
            .OrderBy(d => d.CreatedAt)
            .Select(View).ToListAsync(cancellationToken);

    private static readonly System.Linq.Expressions.Expression<Func<Delivery, DeliveryView>> View = d =>
        new DeliveryView(d.Id, d.DocumentId, d.InternalNumber, d.Channel, d.Status, d.Attempts, d.CreatedAt, d.DeliveredAt, d.LastError, d.ExportNotes, d.ResendOf);
}
