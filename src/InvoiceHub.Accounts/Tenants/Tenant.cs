namespace InvoiceHub.Accounts.Tenants;

/// <summary>A client company (Mandant) whose invoices, parties and settings are kept apart from every other tenant's.</summary>
public sealed class Tenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when an admin deactivates the tenant: its users can no longer work in it and its keys stop.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>Admins of this tenant must sign in with a second factor (an authenticator app).</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>Every member of this tenant must sign in with a second factor (implies the Admins' requirement).</summary>
    public bool RequireTwoFactorForEveryone { get; set; }

    public ICollection<TenantMembership> Members { get; } = [];
}
