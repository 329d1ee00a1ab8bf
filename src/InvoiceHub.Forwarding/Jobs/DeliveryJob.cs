using Hangfire;
using InvoiceHub.Forwarding.Deliveries;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>Hangfire job: one attempt of one delivery. Hangfire's own retries are off: the delivery row schedules its attempts.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class DeliveryJob
{
    private readonly DeliveryProcessor _processor;

    internal DeliveryJob(DeliveryProcessor processor) => _processor = processor;

    public Task RunAsync(Guid deliveryId, CancellationToken cancellationToken) => _processor.ProcessAsync(deliveryId, cancellationToken);
}
