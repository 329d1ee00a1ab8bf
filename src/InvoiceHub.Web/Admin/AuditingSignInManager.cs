using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Admin;

/// <summary>
/// Identity's sign-in, plus what admins need to see: the last sign-in of each user, and sign-ins, failed sign-ins and
/// lockouts in the audit trail of every tenant the user belongs to. Hooked in here rather than in the sign-in page,
/// so that every way of signing in is covered.
/// </summary>
internal sealed class AuditingSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    AccountsDbContext db,
    OwnAccountAudit audit,
    TimeProvider clock)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(AppUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        var action = result.Succeeded ? "sign-in"
            : result.RequiresTwoFactor ? "sign-in.password-accepted"
            : result.IsLockedOut ? "sign-in.locked-out"
            : "sign-in.failed";
        await RecordAsync(user, action, result.Succeeded);
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordSecondStepAsync(user, result, "sign-in.two-factor");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordSecondStepAsync(user, result, "sign-in.recovery-code");
        return result;
    }

    /// <summary>
    /// The right password of a locked account: refused before Identity's sign-in runs (see <c>PasswordSignIn</c>), and
    /// audited here so that admins see the locked user tried.
    /// </summary>
    public Task RecordLockedOutAsync(AppUser user) => RecordAsync(user, "sign-in.locked-out", signedIn: false);

    private async Task RecordSecondStepAsync(AppUser? user, SignInResult result, string action)
    {
        if (user is not null)
        {
            await RecordAsync(user, result.Succeeded ? action : result.IsLockedOut ? "sign-in.locked-out" : $"{action}-failed", result.Succeeded);
        }
    }

    private async Task RecordAsync(AppUser user, string action, bool signedIn)
    {
        if (signedIn)
        {
            user.LastSignInAt = clock.GetUtcNow();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignInAt, user.LastSignInAt));
        }

        var address = Context.Connection.RemoteIpAddress?.ToString();
        await audit.RecordAsync(user, action, address is null ? null : $"from {address}", CancellationToken.None);
    }
}
