using System.Security.Claims;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.SwitchTenant;

/// <summary>Makes one of the user's active tenants the one they work in; the caller refreshes their sign-in cookie.</summary>
internal sealed class SwitchTenantHandler(AccountsDbContext db, UserManager<AppUser> users)
{
    public async Task<AppUser?> HandleAsync(ClaimsPrincipal principal, Guid tenantId, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(principal) is not { } user
            || !await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.TenantId == tenantId && m.Tenant!.DeactivatedAt == null, cancellationToken))
        {
            return null;
        }

        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaimTypes.PreferredTenant).ToList();
        if (existing.Count > 0)
        {
            await users.RemoveClaimsAsync(user, existing);
        }

        await users.AddClaimAsync(user, new Claim(AccountClaimTypes.PreferredTenant, tenantId.ToString()));
        return user;
    }
}
