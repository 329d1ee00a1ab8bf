using InvoiceHub.Invoices.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvoiceHub.Web.Hosting.Health;

/// <summary>
/// Ready only when the document store takes a file now (write, fsync, delete) and has more free space than
/// <c>Storage:MinimumFreeMegabytes</c>: a node that cannot store originals must not get intake traffic.
/// </summary>
internal sealed class DocumentStoreHealthCheck(FileSystemDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    private readonly long _minimumFreeBytes = configuration.GetValue("Storage:MinimumFreeMegabytes", 256L) * 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (writable, free, problem) = store.Probe();
        var freeText = free < 0 ? "free space unknown" : $"{free / (1024 * 1024)} MB free";
        return Task.FromResult(
            !writable ? HealthCheckResult.Unhealthy($"The document store at {store.Root} cannot be written to ({freeText}): {problem}")
            : free < _minimumFreeBytes ? HealthCheckResult.Unhealthy(
                $"The document store at {store.Root} has {freeText}, below the minimum of {_minimumFreeBytes / (1024 * 1024)} MB.")
            : HealthCheckResult.Healthy($"The document store at {store.Root} takes files ({freeText})."));
    }
}
