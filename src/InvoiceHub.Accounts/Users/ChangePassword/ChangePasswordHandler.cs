using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users.ChangePassword;

/// <summary>A signed-in user replaces their password (the one-time one at first sign-in, or any time later).</summary>
internal sealed class ChangePasswordHandler(UserManager<AppUser> users, OwnAccountAudit audit)
{
    public async Task<AccountResult<AppUser>> HandleAsync(ClaimsPrincipal principal, string current, string next, string confirmation, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return AccountResult.Refused<AppUser>("CurrentPassword", "Sign in again.");
        }

        if (string.IsNullOrEmpty(next) || next != confirmation)
        {
            return AccountResult.Refused<AppUser>("ConfirmPassword", "The new password and its confirmation differ.");
        }

        if (next == current)
        {
            return AccountResult.Refused<AppUser>("NewPassword", "Choose a password different from the current one.");
        }

        var result = await users.ChangePasswordAsync(user, current ?? "", next);
        if (!result.Succeeded)
        {
            var mismatch = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return AccountResult.Refused<AppUser>(mismatch ? "CurrentPassword" : "NewPassword",
                mismatch ? "The current password is wrong." : string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(user, "user.password-changed", null, cancellationToken);

        return AccountResult.Done(user);
    }
}
