using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Keeps a document whose hand-off to the accountant is not finished (pending, or in export error) from being deleted
/// after its retention period: the delivery would have nothing to send. Delivered deliveries stay as the record of
/// what went out, after the document is gone.
/// </summary>
internal sealed class UnfinishedDeliveryGuard(ForwardingDbContext db) : IDocumentDeletionGuard
{
    public async Task<string?> ReasonToKeepAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken)
    {
        var unfinished = await db.Deliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.DocumentId == documentId && d.Status != DeliveryStatus.Delivered)
            .Select(d => new { d.Channel, d.Status })
            .FirstOrDefaultAsync(cancellationToken);
        return unfinished switch
        {
            null => null,
            { Status: DeliveryStatus.ExportError } => $"its {unfinished.Channel} delivery to the accountant is in export error; retry it first.",
            _ => $"its {unfinished.Channel} delivery to the accountant is still pending.",
        };
    }
}
