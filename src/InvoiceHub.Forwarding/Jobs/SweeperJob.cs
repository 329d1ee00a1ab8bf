using Hangfire;
using InvoiceHub.Forwarding.Deliveries;

namespace InvoiceHub.Forwarding.Jobs;

/// <summary>Recurring job: relays the archive outbox and re-enqueues due deliveries that no job holds.</summary>
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class SweeperJob
{
    public const string Id = "forwarding-sweeper";

    private readonly Sweeper _sweeper;

    internal SweeperJob(Sweeper sweeper) => _sweeper = sweeper;

    public Task RunAsync(CancellationToken cancellationToken) => _sweeper.SweepAsync(cancellationToken);
}
