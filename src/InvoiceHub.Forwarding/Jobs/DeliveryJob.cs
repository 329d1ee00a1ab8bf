using Hangfire;
using InvoiceHub.Forwarding.Deliveries;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>
/// Hangfire job: sends the deliveries that are due, one claim at a time, until none is left (or its share of the worker
/// is used up). Hangfire's own retries are off: the delivery rows schedule their attempts.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class DeliveryJob
{
    private readonly DeliveryProcessor _processor;

    internal DeliveryJob(DeliveryProcessor processor) => _processor = processor;

    public Task RunDueAsync(CancellationToken cancellationToken) => _processor.ProcessDueAsync(cancellationToken);

    /// <summary>
    /// One delivery by id: the job versions before 2026-12-07 enqueued one of these per delivery, and an upgraded node
    /// still finds them in Hangfire's queue. It sends whatever is due, that delivery included.
    /// </summary>
    public Task RunAsync(Guid deliveryId, CancellationToken cancellationToken) => _processor.ProcessDueAsync(cancellationToken);
}
