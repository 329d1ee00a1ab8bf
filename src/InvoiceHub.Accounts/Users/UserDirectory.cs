using System.Security.Claims;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users;

/// <summary>Creates users in a tenant with a role; used by demo data, admin pages and tests.</summary>
internal sealed class UserDirectory(AccountsDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<Tenant> EnsureTenantAsync(string name, CancellationToken cancellationToken) =>
        await db.TenantSet.SingleOrDefaultAsync(t => t.Name == name, cancellationToken)
        ?? await AddTenantAsync(name, cancellationToken);

    public async Task<AppUser> CreateUserAsync(
        string email, string displayName, string password, string role, Guid tenantId, CancellationToken cancellationToken,
        params string[] permissions)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await users.CreateAsync(user, password));
        if (permissions.Length > 0)
        {
            Check(await users.AddClaimsAsync(user, permissions.Select(p => new Claim(Permissions.ClaimType, p))));
        }

        db.Memberships.Add(new TenantMembership { TenantId = tenantId, UserId = user.Id, Role = role });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Makes the user a member of the tenant with the role (or changes the role), and optionally their current tenant.</summary>
    public async Task JoinAsync(AppUser user, Guid tenantId, string role, bool makeCurrent, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == user.Id, cancellationToken);
        if (membership is null)
        {
            db.Memberships.Add(new TenantMembership { TenantId = tenantId, UserId = user.Id, Role = role });
        }
        else
        {
            membership.Role = role;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (makeCurrent)
        {
            var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaimTypes.PreferredTenant).ToList();
            if (existing.Count > 0)
            {
                Check(await users.RemoveClaimsAsync(user, existing));
            }

            Check(await users.AddClaimAsync(user, new Claim(AccountClaimTypes.PreferredTenant, tenantId.ToString())));
        }
    }

    private async Task<Tenant> AddTenantAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = db.TenantSet.Add(new Tenant { Name = name, CreatedAt = clock.GetUtcNow() }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
