namespace InvoiceHub.Invoices.Storage;

/// <summary>The document store's housekeeping (section <c>Storage:Cleanup</c>).</summary>
public sealed class StoreCleanupSettings
{
    public const string Section = "Storage:Cleanup";

    /// <summary>How old a temporary file or an original no record points to must be before it is removed.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When the cleanup runs (cron, UTC).</summary>
    public string Schedule { get; set; } = "17 * * * *";
}
