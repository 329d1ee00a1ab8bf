using Hangfire;
using InvoiceHub.Forwarding.Channels.Datev;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>Recurring job (daily) and on-demand job: DATEV batches of the pending DATEV deliveries into the target folders.</summary>
[AutomaticRetry(Attempts = 3)]
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DatevBatchJob
{
    public const string Id = "forwarding-datev-daily";

    private readonly DatevBatchDelivery _delivery;

    internal DatevBatchJob(DatevBatchDelivery delivery) => _delivery = delivery;

    public Task RunAsync(CancellationToken cancellationToken) => _delivery.DeliverAllAsync(cancellationToken);

    public Task RunForTenantAsync(Guid tenantId, CancellationToken cancellationToken) => _delivery.DeliverAsync(tenantId, cancellationToken);
}
