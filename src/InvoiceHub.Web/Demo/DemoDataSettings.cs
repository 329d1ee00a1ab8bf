namespace InvoiceHub.Web.Demo;

/// <summary>Demo data for trying InvoiceHub out (section <c>DemoData</c>); the start script switches it on.</summary>
internal sealed class DemoDataSettings
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }

    public string TenantName { get; set; } = "Nordlicht Handel GmbH";

    public string BookkeeperEmail { get; set; } = "bookkeeper@demo.invoicehub.local";

    public string AccountantEmail { get; set; } = "accountant@demo.invoicehub.local";

    public string Password { get; set; } = "Demo-Password-2026";

    /// <summary>Where to write the demo API key when it is created (the start script shows it once); empty: the console.</summary>
    public string? KeyFile { get; set; }
}
