namespace InvoiceHub.BrowserTests.Forwarding;

/// <summary>
/// The forwarding pages wait for deliveries, retries and an SMTP server going down and up again; on a busy machine those
/// waits are what fails first, so these classes run alone, after the parallel ones. (They once also had to, because
/// Hangfire made jobs in whichever host started last; each server now has its own host's activator, see JobActivatorTests.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForwardingCollection
{
    public const string Name = "Forwarding pages (one host at a time)";
}
