using InvoiceHub.Accounts.Users;

namespace InvoiceHub.Accounts.Tenants;

/// <summary>Grants a user access to one tenant; a user may belong to several.</summary>
public sealed class TenantMembership
{
    public Guid TenantId { get; init; }

    public Guid UserId { get; init; }

    public Tenant? Tenant { get; init; }

    public AppUser? User { get; init; }
}
