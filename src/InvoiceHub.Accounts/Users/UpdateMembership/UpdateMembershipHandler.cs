using System.Security.Claims;
using FluentValidation;
using InvoiceHub.Accounts.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users.UpdateMembership;

/// <summary>Changes a member's role in the tenant and their permissions; takes effect at their next request's cookie refresh.</summary>
internal sealed class UpdateMembershipHandler(
    AccountsDbContext db, UserManager<AppUser> users, IAccountAudit audit, IValidator<MembershipChange> validator)
{
    public async Task<AccountResult<bool>> HandleAsync(Guid tenantId, MembershipChange change, string actor, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(change, cancellationToken) is { IsValid: false } validation)
        {
            return AccountResult.Invalid<bool>(validation);
        }

        var userId = change.UserId;
        var role = change.Role!;
        IReadOnlyList<string> permissions = change.Permissions ?? [];
        if (await db.Memberships.SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == userId, cancellationToken) is not { } membership
            || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return AccountResult.Refused<bool>("Role", "This person is not a member of the tenant.");
        }

        var oldRole = membership.Role;
        membership.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        var held = (await users.GetClaimsAsync(user)).Where(c => c.Type == Permissions.ClaimType).ToList();
        var oldPermissions = held.Select(c => c.Value).Order().ToList();
        if (!oldPermissions.SequenceEqual(permissions.Order()))
        {
            await users.RemoveClaimsAsync(user, held);
            await users.AddClaimsAsync(user, permissions.Distinct().Select(p => new Claim(Permissions.ClaimType, p)));
        }

        // The user's cookie carries role and permissions: a new stamp makes their next validation issue fresh claims.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(tenantId, actor, "user.membership-changed",
            $"{user.Email}: role '{oldRole}' -> '{role}', permissions '{string.Join(", ", oldPermissions)}' -> '{string.Join(", ", permissions.Order())}'",
            cancellationToken);
        return AccountResult.Done(true);
    }
}
