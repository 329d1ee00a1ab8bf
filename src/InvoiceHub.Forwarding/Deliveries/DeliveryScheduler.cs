using Hangfire;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Asks Hangfire for a delivery run: one job that sends whatever is due, not one job per delivery (a job costs a dozen
/// statements of Hangfire's own, more than the delivery itself). Losing one is harmless: the sweeper finds the due rows again.
/// </summary>
internal sealed class DeliveryScheduler(IBackgroundJobClient jobs)
{
    public void EnqueueRun() => jobs.Enqueue<Jobs.DeliveryJob>(job => job.RunDueAsync(CancellationToken.None));
}
