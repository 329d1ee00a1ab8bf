using Hangfire;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>Hands delivery ids to Hangfire. Losing one is harmless: the sweeper finds the due row again.</summary>
internal sealed class DeliveryScheduler(IBackgroundJobClient jobs)
{
    public void Enqueue(Guid deliveryId) => jobs.Enqueue<Jobs.DeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None));

    public void Schedule(Guid deliveryId, TimeSpan delay) =>
        jobs.Schedule<Jobs.DeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None), delay);
}
