using System.Security.Claims;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Accounts.Users;

/// <summary>
/// Puts the user's display name, tenant ids and the role of the current tenant into the sign-in cookie, so pages need
/// no extra query. Roles belong to memberships: the role claim is the one of the tenant the user works in, and it is
/// issued again whenever the cookie is refreshed (a switch of tenant, a change an admin made).
/// </summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, AccountsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaimTypes.DisplayName, user.DisplayName));
        foreach (var global in identity.FindAll(identity.RoleClaimType).ToList())
        {
            identity.RemoveClaim(global);
        }

        var memberships = await db.Memberships
            .Where(m => m.UserId == user.Id && m.Tenant!.DeactivatedAt == null)
            .Select(m => new { m.TenantId, m.Role, m.Tenant!.RequireTwoFactorForAdmins, m.Tenant.RequireTwoFactorForEveryone })
            .ToListAsync();
        identity.AddClaims(memberships.Select(m => new Claim(AccountClaimTypes.Tenant, m.TenantId.ToString())));
        identity.AddClaims(memberships.Where(m => m.Role == Roles.Admin).Select(m => new Claim(AccountClaimTypes.AdminOfTenant, m.TenantId.ToString())));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountClaimTypes.MustChangePassword, "true"));
        }

        if (!user.TwoFactorEnabled
            && memberships.Any(m => Tenants.TwoFactorRequirement.TwoFactorRequirement.Applies(m.RequireTwoFactorForAdmins, m.RequireTwoFactorForEveryone, m.Role)))
        {
            identity.AddClaim(new Claim(AccountClaimTypes.MustEnrolTwoFactor, "true"));
        }

        var preferred = Guid.TryParse(identity.FindFirst(AccountClaimTypes.PreferredTenant)?.Value, out var id) ? id : (Guid?)null;
        if (CurrentTenant.Choose([.. memberships.Select(m => m.TenantId)], preferred) is { } current)
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, memberships.Single(m => m.TenantId == current).Role));
        }

        return identity;
    }
}
