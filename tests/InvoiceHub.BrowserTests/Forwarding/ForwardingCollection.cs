namespace InvoiceHub.BrowserTests.Forwarding;

/// <summary>
/// Forwarding runs Hangfire jobs in the test's host; Hangfire keeps its job activator process-wide, so with several
/// hosts at once a job could be activated in another host's container. These classes run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForwardingCollection
{
    public const string Name = "Forwarding pages (one host at a time)";
}
