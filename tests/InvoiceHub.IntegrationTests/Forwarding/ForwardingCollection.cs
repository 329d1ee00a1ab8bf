namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>
/// The forwarding tests start app processes, kill a worker mid-send and wait for retries and deliveries; on a busy machine
/// those waits are what fails first, so these classes run alone, after the parallel ones. (They once also had to, because
/// Hangfire made jobs in whichever host started last; each server now has its own host's activator, see JobActivatorTests.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForwardingCollection
{
    public const string Name = "Forwarding (one host at a time)";
}
