using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices.Recognition.RecognizeDocument;

/// <summary>
/// The recurring job that starts again any recognition left pending: its job was never enqueued (the storage was down
/// right after intake) or its node died while it ran. The recognition's status is the truth; a second run does nothing.
/// </summary>
public sealed class RecognitionSweeper(IServiceProvider services)
{
    public const string Id = "recognition-sweeper";

    /// <summary>Longer than any recognition takes (100 pages at the page time limit of two engines would be 50 min).</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(60);

    /// <summary>A recognition not started this long after intake is assumed never enqueued.</summary>
    public static readonly TimeSpan NotStartedAfter = TimeSpan.FromMinutes(5);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvoicesDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<IRecognitionQueue>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        DateTimeOffset notStarted = now - NotStartedAfter, stuck = now - StuckAfter;
        var ids = await db.Recognitions.AsNoTracking()
            .Where(r => r.Status == RecognitionStatus.Pending && (r.StartedAt == null ? r.QueuedAt < notStarted : r.StartedAt < stuck))
            .OrderBy(r => r.QueuedAt).Select(r => r.DocumentId).Take(500).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            queue.Enqueue(id);
        }

        return ids.Count;
    }
}
