using System.Security.Claims;
using InvoiceHub.Accounts.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Accounts.Users;

/// <summary>Puts the user's display name and tenant ids into the sign-in cookie so pages need no extra query.</summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, AccountsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaimTypes.DisplayName, user.DisplayName));
        var tenantIds = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.TenantId).ToListAsync();
        identity.AddClaims(tenantIds.Select(id => new Claim(AccountClaimTypes.Tenant, id.ToString())));
        return identity;
    }
}
