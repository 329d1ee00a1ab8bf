namespace InvoiceHub.Accounts.Tenants;

/// <summary>What a tenant's name must look like.</summary>
public static class TenantNameRule
{
    public static string? Problem(string name) =>
        name.Length is < 2 or > 200 ? "A tenant's name has 2 to 200 characters."
        : name.Any(char.IsControl) ? "A tenant's name cannot hold control characters."
        : null;
}
