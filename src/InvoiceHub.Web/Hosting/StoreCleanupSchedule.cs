using Hangfire;
using InvoiceHub.Invoices.Storage;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Hosting;

/// <summary>Puts the document store cleanup on the recurring job schedule (every node does; Hangfire keeps one entry).</summary>
internal sealed class StoreCleanupSchedule(IRecurringJobManager jobs, IOptions<StoreCleanupSettings> settings, ILogger<StoreCleanupSchedule> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            jobs.AddOrUpdate<StoreCleanupJob>(StoreCleanupJob.Id, job => job.RunAsync(CancellationToken.None), settings.Value.Schedule);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Hangfire wraps storage failures in various types. The next start schedules it; intake does not depend on it.
            logger.LogWarning(exception, "Could not schedule the document store cleanup");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
