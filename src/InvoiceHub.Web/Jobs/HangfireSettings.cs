namespace InvoiceHub.Web.Jobs;

/// <summary>Background job settings (section <c>Hangfire</c>).</summary>
internal sealed class HangfireSettings
{
    public const string Section = "Hangfire";

    /// <summary>Switch off on nodes that should only serve requests.</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    public string SchemaName { get; set; } = "hangfire";

    /// <summary>How often the server looks for delayed (retry) jobs that are due; Hangfire's default is 15 s.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);
}
