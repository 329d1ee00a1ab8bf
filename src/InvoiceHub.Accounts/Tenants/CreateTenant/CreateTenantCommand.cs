namespace InvoiceHub.Accounts.Tenants.CreateTenant;

/// <summary>A new tenant, by name (unique).</summary>
public sealed record CreateTenantCommand(string? Name);
