using InvoiceHub.Accounts.Tenants;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users;

/// <summary>A person who signs in to InvoiceHub.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public required string DisplayName { get; set; }

    public ICollection<TenantMembership> Tenants { get; } = [];
}
