using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices.Storage;

/// <summary>The recurring job that removes stale temporary files and orphaned originals (see <see cref="StoreCleanup"/>).</summary>
public sealed class StoreCleanupJob(IServiceProvider services)
{
    public const string Id = "document-store-cleanup";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<StoreCleanup>()
            .RunAsync(cancellationToken);
}
