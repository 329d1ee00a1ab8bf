namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>
/// The forwarding tests need their app's Hangfire jobs to run in that same app. With several hosts in one test process,
/// jobs were activated in another host's container (Hangfire keeps some configuration process-wide) and found no
/// delivery there; so these classes run alone, one host at a time, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForwardingCollection
{
    public const string Name = "Forwarding (one host at a time)";
}
