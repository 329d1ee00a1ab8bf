using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>Registers the forwarding module's recurring jobs (idempotent: every node may do it at start).</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IOptions<ForwardingOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurring.AddOrUpdate<SweeperJob>(SweeperJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.SweeperCron, utc);
        recurring.AddOrUpdate<DatevBatchJob>(DatevBatchJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.DatevCron, utc);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
