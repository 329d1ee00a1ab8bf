using InvoiceHub.Accounts.Tenants;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users;

/// <summary>A person who signs in to InvoiceHub.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public required string DisplayName { get; set; }

    /// <summary>Set for a one-time password an admin handed out: the next sign-in must choose a new one first.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public ICollection<TenantMembership> Tenants { get; } = [];
}
