using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>
/// Registers the forwarding module's recurring jobs (idempotent: every node may do it at start). A node killed while it
/// held a recurring job's lock in the job storage leaves the lock behind until it expires (minutes); registering then
/// waits for it and fails, and that must not stop the host from starting (it did: a restart right after a crash exited).
/// So this runs beside the start and tries again until it succeeds; the sweeper and the DATEV batch are missing only
/// that long, and the relay sends deliveries without them.
/// </summary>
internal sealed class RecurringJobsRegistration(
    IRecurringJobManager recurring,
    IOptions<ForwardingOptions> options,
    ILogger<RecurringJobsRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start path: a registration waiting for a lock must not hold up the host's start.
        await Task.Yield();
        while (!TryRegister())
        {
            await Task.Delay(RetryInterval, stoppingToken);
        }
    }

    private bool TryRegister()
    {
        try
        {
            var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
            recurring.AddOrUpdate<SweeperJob>(SweeperJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.SweeperCron, utc);
            recurring.AddOrUpdate<DatevBatchJob>(DatevBatchJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.DatevCron, utc);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Hangfire wraps storage failures and lock timeouts in various types.
            logger.LogWarning(exception, "Could not register the forwarding sweeper and DATEV batch jobs; trying again in {Interval}", RetryInterval);
            return false;
        }
    }
}
