using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvoiceHub.Web.Hosting.Health;

/// <summary>Ready only when the Hangfire job storage can be read, so jobs can be queued and picked up.</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy(
                $"Hangfire storage answers ({statistics.Servers} server(s), {statistics.Enqueued} job(s) enqueued)."));
        }
        catch (Exception exception)
        {
            // Hangfire wraps storage failures in various exception types; any failure means not ready.
            return Task.FromResult(HealthCheckResult.Unhealthy($"Hangfire storage does not answer: {exception.Message}"));
        }
    }
}
