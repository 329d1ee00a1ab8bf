namespace InvoiceHub.Accounts.Bootstrap;

/// <summary>What bootstrapping did: nothing on an already initialised database.</summary>
/// <param name="AdminEmail">The admin created now, or null when one already existed.</param>
/// <param name="GeneratedPassword">The password generated for that admin; null when it came from configuration.</param>
public sealed record BootstrapResult(string? AdminEmail, string? GeneratedPassword)
{
    public static BootstrapResult NothingToDo { get; } = new(null, null);

    public bool CreatedAdmin => AdminEmail is not null;
}
