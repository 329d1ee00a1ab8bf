using Hangfire;
using InvoiceHub.Invoices.Retention;
using InvoiceHub.Invoices.Retention.ListForReview;
using InvoiceHub.Invoices.Storage;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Hosting;

/// <summary>
/// Puts the archive's housekeeping on the recurring job schedule, where the dashboard (/admin/jobs) shows it: the
/// document store cleanup (temporary files and originals no record points to) and the retention review. Every node does
/// it at start (Hangfire keeps one entry per id); when the job storage cannot be reached then, it tries again until it
/// can, so neither job is missing until the next restart.
/// </summary>
internal sealed class HousekeepingSchedule(
    IRecurringJobManager jobs,
    IOptions<StoreCleanupSettings> cleanup,
    IOptions<RetentionSettings> retention,
    ILogger<HousekeepingSchedule> logger) : BackgroundService
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!TrySchedule())
        {
            await Task.Delay(RetryInterval, stoppingToken);
        }
    }

    private bool TrySchedule()
    {
        try
        {
            var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
            jobs.AddOrUpdate<StoreCleanupJob>(StoreCleanupJob.Id, job => job.RunAsync(CancellationToken.None), cleanup.Value.Schedule, utc);
            jobs.AddOrUpdate<RetentionReviewJob>(RetentionReviewJob.Id, job => job.RunAsync(CancellationToken.None), retention.Value.Schedule, utc);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Hangfire wraps storage failures in various types; intake does not depend on these jobs.
            logger.LogWarning(exception, "Could not schedule the store cleanup and retention review; trying again in {Interval}", RetryInterval);
            return false;
        }
    }
}
