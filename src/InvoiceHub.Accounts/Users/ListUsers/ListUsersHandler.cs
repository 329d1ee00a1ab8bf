using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users.ListUsers;

/// <summary>The members of one tenant with their role there, permissions, lock state and last sign-in.</summary>
internal sealed class ListUsersHandler(AccountsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<TenantUser>> HandleAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId)
            .Select(m => new { m.User!.Id, m.User.Email, m.User.DisplayName, m.Role, m.User.LockoutEnd, m.User.MustChangePassword, m.User.TwoFactorEnabled, m.User.LastSignInAt })
            .OrderBy(m => m.Email)
            .ToListAsync(cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var permissions = (await db.UserClaims.AsNoTracking()
                .Where(c => ids.Contains(c.UserId) && c.ClaimType == Permissions.ClaimType)
                .Select(c => new { c.UserId, c.ClaimValue })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.UserId, c => c.ClaimValue!);
        return [.. members.Select(m => new TenantUser(
            m.Id, m.Email ?? "", m.DisplayName, m.Role, [.. permissions[m.Id].Order()], m.LockoutEnd > now, m.MustChangePassword,
            m.TwoFactorEnabled, m.LastSignInAt))];
    }
}
