using InvoiceHub.Forwarding.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Finds deliveries that are due and unclaimed (or whose claim ran out: a worker died mid-send) and enqueues them
/// again. Only rows overdue by a grace period: those just enqueued are still waiting in Hangfire's queue.
/// </summary>
internal sealed class Sweeper(ForwardingDbContext db, OutboxRelay relay, DeliveryScheduler scheduler, TimeProvider clock)
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        while (await relay.RelayAsync(cancellationToken) == OutboxRelay.BatchSize)
        {
        }

        var now = clock.GetUtcNow();
        var overdue = now - Grace;
        var due = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == Contracts.DeliveryStatus.Pending && d.Channel != Contracts.Channel.Datev && d.NextAttemptAt <= overdue
                        && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(5000)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            scheduler.Enqueue(id);
        }

        return due.Count;
    }
}
