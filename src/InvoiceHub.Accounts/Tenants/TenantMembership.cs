using InvoiceHub.Accounts.Users;

namespace InvoiceHub.Accounts.Tenants;

/// <summary>Grants a user access to one tenant; a user may belong to several.</summary>
public sealed class TenantMembership
{
    public Guid TenantId { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The user's role in this tenant (<see cref="Roles"/>): an Admin of one tenant may be a Bookkeeper of another.</summary>
    public string Role { get; set; } = Roles.Accountant;

    public Tenant? Tenant { get; init; }

    public AppUser? User { get; init; }
}
