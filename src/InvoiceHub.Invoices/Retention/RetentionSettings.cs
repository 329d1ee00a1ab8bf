namespace InvoiceHub.Invoices.Retention;

/// <summary>The retention review's schedule (section <c>Retention</c>).</summary>
public sealed class RetentionSettings
{
    public const string Section = "Retention";

    /// <summary>When the job lists documents whose retention period has ended (cron, UTC); daily by default.</summary>
    public string Schedule { get; set; } = "45 3 * * *";
}
