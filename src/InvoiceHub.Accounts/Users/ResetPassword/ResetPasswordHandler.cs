using InvoiceHub.Accounts.Bootstrap;
using InvoiceHub.Accounts.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users.ResetPassword;

/// <summary>Gives a member a new one-time password (shown to the admin once); they must change it at sign-in.</summary>
internal sealed class ResetPasswordHandler(AccountsDbContext db, UserManager<AppUser> users, IAccountAudit audit)
{
    public async Task<string?> HandleAsync(Guid tenantId, Guid userId, string actor, CancellationToken cancellationToken)
    {
        if (!await db.Memberships.AnyAsync(m => m.TenantId == tenantId && m.UserId == userId, cancellationToken)
            || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return null;
        }

        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(tenantId, actor, "user.password-reset", user.Email, cancellationToken);
        return password;
    }
}
