using InvoiceHub.Accounts;
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
    IAccountAudit audit,
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
        if (result.Succeeded)
        {
            await RecordSignInAsync(user);
        }

        await RecordAsync(user, action);
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            if (result.Succeeded)
            {
                await RecordSignInAsync(user);
            }

            await RecordAsync(user, result.Succeeded ? "sign-in.two-factor" : result.IsLockedOut ? "sign-in.locked-out" : "sign-in.two-factor-failed");
        }

        return result;
    }

    private async Task RecordSignInAsync(AppUser user)
    {
        user.LastSignInAt = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignInAt, user.LastSignInAt));
    }

    private async Task RecordAsync(AppUser user, string action)
    {
        var address = Context.Connection.RemoteIpAddress?.ToString();
        foreach (var tenantId in await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.TenantId).ToListAsync())
        {
            await audit.RecordAsync(tenantId, user.Email ?? user.Id.ToString(), action, address is null ? null : $"from {address}", CancellationToken.None);
        }
    }
}
