using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Failures;

/// <summary>
/// Retry of an export error: the same delivery (same id, so the receiver still recognises a repeat) gets a fresh
/// set of attempts. Re-send of a delivery that succeeded: Admins only, with a reason, as a new delivery with its own
/// id, recorded in the document's audit trail.
/// </summary>
public sealed class RetryDeliveryHandler
{
    private readonly ForwardingDbContext _db;
    private readonly IArchivedDocuments _archive;
    private readonly DeliveryScheduler _scheduler;
    private readonly TimeProvider _clock;

    internal RetryDeliveryHandler(ForwardingDbContext db, IArchivedDocuments archive, DeliveryScheduler scheduler, TimeProvider clock)
    {
        _db = db;
        _archive = archive;
        _scheduler = scheduler;
        _clock = clock;
    }

    /// <summary>True when the delivery was an export error of this tenant and is due again now.</summary>
    public async Task<bool> RetryAsync(Guid tenantId, Guid deliveryId, string actor, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var retried = await _db.Database.SqlQuery<Guid>($"""
            UPDATE forwarding.deliveries SET status = 'Pending', attempts = 0, next_attempt_at = {now}, claimed_until = NULL
            WHERE id = {deliveryId} AND tenant_id = {tenantId} AND status = 'ExportError'
            RETURNING document_id AS "Value"
            """).ToListAsync(cancellationToken);
        if (retried.Count == 0)
        {
            return false;
        }

        var delivery = await _db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        await _archive.RecordAsync(tenantId, retried[0], actor, "export-retry", $"{delivery.Channel}, delivery {deliveryId}", cancellationToken);
        if (delivery.Channel != Contracts.Channel.Datev)
        {
            _scheduler.EnqueueRun();
        }

        return true;
    }

    /// <summary>A new delivery repeating a delivered one; null when there is no such delivered delivery or no reason.</summary>
    public async Task<Guid?> ResendAsync(Guid tenantId, Guid deliveryId, string actor, string reason, CancellationToken cancellationToken)
    {
        reason = reason.Trim();
        var original = await _db.Deliveries.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.TenantId == tenantId && d.Status == Contracts.DeliveryStatus.Delivered, cancellationToken);
        if (original is null || reason.Length == 0)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        var resend = new Delivery
        {
            TenantId = tenantId,
            DocumentId = original.DocumentId,
            InternalNumber = original.InternalNumber,
            Channel = original.Channel,
            Status = Contracts.DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
            ResendOf = original.Id,
            ResendReason = reason,
        };
        _db.Deliveries.Add(resend);
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        await _archive.RecordAsync(tenantId, original.DocumentId, actor, "re-sent",
            $"{original.Channel}: new delivery {resend.Id} repeats delivery {original.Id}; reason: {reason}", cancellationToken);
        if (resend.Channel != Contracts.Channel.Datev)
        {
            _scheduler.EnqueueRun();
        }

        return resend.Id;
    }
}
