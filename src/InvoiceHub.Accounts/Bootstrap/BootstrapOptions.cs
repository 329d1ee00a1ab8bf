namespace InvoiceHub.Accounts.Bootstrap;

/// <summary>What the first start on an empty database creates (configuration section <c>Bootstrap</c>).</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string TenantName { get; set; } = "Default";

    public string AdminEmail { get; set; } = "admin@invoicehub.local";

    public string AdminDisplayName { get; set; } = "Administrator";

    /// <summary>When empty, a strong password is generated and reported once.</summary>
    public string? AdminPassword { get; set; }
}
