using InvoiceHub.Accounts.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users.LockUser;

/// <summary>Locks a member out (no sign-in, running sessions end) or lets them in again.</summary>
internal sealed class LockUserHandler(AccountsDbContext db, UserManager<AppUser> users, IAccountAudit audit)
{
    public async Task<bool> HandleAsync(Guid tenantId, Guid userId, bool locked, string actor, CancellationToken cancellationToken)
    {
        if (!await db.Memberships.AnyAsync(m => m.TenantId == tenantId && m.UserId == userId, cancellationToken)
            || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return false;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(tenantId, actor, locked ? "user.locked" : "user.unlocked", user.Email, cancellationToken);
        return true;
    }
}
