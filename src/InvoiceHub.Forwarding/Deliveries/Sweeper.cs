using InvoiceHub.Forwarding.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Finds deliveries that are due and unclaimed (or whose claim ran out: a worker died mid-send) and asks for a delivery
/// run. Only rows overdue by a grace period: those just relayed have their run waiting in Hangfire's queue.
/// </summary>
internal sealed class Sweeper(ForwardingDbContext db, OutboxRelay relay, DeliveryScheduler scheduler, TimeProvider clock)
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<bool> SweepAsync(CancellationToken cancellationToken)
    {
        while (await relay.RelayAsync(cancellationToken) == OutboxRelay.BatchSize)
        {
        }

        return await EnqueueRunIfDueAsync(Grace, retriesOnly: false, cancellationToken);
    }

    /// <summary>
    /// Retries that are due and unclaimed, at once: each job node runs this every few seconds, so a retry does not wait
    /// for the sweeper's next minute.
    /// </summary>
    public Task<bool> EnqueueRunForDueRetriesAsync(CancellationToken cancellationToken) => EnqueueRunIfDueAsync(TimeSpan.Zero, retriesOnly: true, cancellationToken);

    /// <summary>Asks for one delivery run when anything is due; the run claims rows until none is left.</summary>
    private async Task<bool> EnqueueRunIfDueAsync(TimeSpan grace, bool retriesOnly, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = now - grace;
        var due = await db.Deliveries.AsNoTracking()
            .AnyAsync(d => d.Status == Contracts.DeliveryStatus.Pending && d.Channel != Contracts.Channel.Datev && d.NextAttemptAt <= overdue
                           && (d.ClaimedUntil == null || d.ClaimedUntil < now) && (!retriesOnly || d.Attempts > 0), cancellationToken);
        if (due)
        {
            scheduler.EnqueueRun();
        }

        return due;
    }
}
