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
        Check(await users.AddToRoleAsync(user, role));
        if (permissions.Length > 0)
        {
            Check(await users.AddClaimsAsync(user, permissions.Select(p => new Claim(Permissions.ClaimType, p))));
        }

        db.Memberships.Add(new TenantMembership { TenantId = tenantId, UserId = user.Id });
        await db.SaveChangesAsync(cancellationToken);
        return user;
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
