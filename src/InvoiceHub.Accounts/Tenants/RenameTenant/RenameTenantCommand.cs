namespace InvoiceHub.Accounts.Tenants.RenameTenant;

/// <summary>A tenant's new name (unique).</summary>
public sealed record RenameTenantCommand(Guid TenantId, string? Name);
