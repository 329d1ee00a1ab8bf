namespace InvoiceHub.Forwarding;

/// <summary>Forwarding settings of the installation (section <c>Forwarding</c>); the channels themselves are per tenant.</summary>
public sealed class ForwardingOptions
{
    public const string Section = "Forwarding";

    /// <summary>Attempts before a delivery becomes an "export error".</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the second attempt; each further one doubles it (with jitter), up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a job's claim on a delivery holds; a job that dies leaves it to the sweeper after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// While a node receives documents, its delivery runs send only deliveries that have waited this long, and the rest
    /// once intake is quiet: billing software waits for each answer, the accountant does not. Zero: never give way.
    /// </summary>
    public TimeSpan YieldToIntakeFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often each node looks for newly archived documents to turn into deliveries.</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cron of the sweeper that re-enqueues due deliveries no job holds.</summary>
    public string SweeperCron { get; set; } = "* * * * *";

    /// <summary>The address users reach the application at; links to originals in webhooks and e-mails start with it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Cron of the daily DATEV batch (server time zone UTC).</summary>
    public string DatevCron { get; set; } = "30 2 * * *";
}
