using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users.TwoFactor;

/// <summary>
/// Two-factor sign-in with an authenticator app (Identity's TOTP provider, RFC 6238: 6 digits, 30-second steps):
/// show the key, enrol by proving the app computes the same codes, recovery codes, switch off. Each of these changes
/// the user's security stamp, so the caller re-issues the sign-in cookie (<c>RefreshSignInAsync</c>) afterwards.
/// </summary>
internal sealed class TwoFactorHandler(UserManager<AppUser> users, OwnAccountAudit audit)
{
    public const string Issuer = "InvoiceHub";
    public const int RecoveryCodeCount = 10;

    /// <summary>The state of the user's second factor; creates their authenticator key the first time (<c>KeyCreated</c>).</summary>
    public async Task<(AuthenticatorSetup Setup, AppUser User, bool KeyCreated)?> GetAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return (new AuthenticatorSetup(true, await users.CountRecoveryCodesAsync(user), "", ""), user, false);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        var created = string.IsNullOrEmpty(key);
        if (created)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity made no authenticator key");
        }

        return (new AuthenticatorSetup(false, 0, Group(key!), Uri(user.Email ?? user.UserName ?? "", key!)), user, created);
    }

    /// <summary>Switches the second factor on when the code matches the key; returns the recovery codes, shown once.</summary>
    public async Task<AccountResult<(AppUser User, IReadOnlyList<string> RecoveryCodes)>> EnableAsync(ClaimsPrincipal principal, string code, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return AccountResult.Refused<(AppUser, IReadOnlyList<string>)>("Code", "Sign in again.");
        }

        var provider = users.Options.Tokens.AuthenticatorTokenProvider;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountResult.Refused<(AppUser, IReadOnlyList<string>)>("Code", "Two-factor sign-in is on already.");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, provider, Normalize(code)))
        {
            return AccountResult.Refused<(AppUser, IReadOnlyList<string>)>("Code",
                "That code is not right. Enter the code the app shows now (check that the phone's clock is right).");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordAsync(user, "user.two-factor-enabled", "authenticator app", cancellationToken);
        return AccountResult.Done<(AppUser, IReadOnlyList<string>)>((user, codes));
    }

    /// <summary>New recovery codes (the old ones stop working), for a user whose second factor is on.</summary>
    public async Task<AccountResult<(AppUser User, IReadOnlyList<string> RecoveryCodes)>> RenewRecoveryCodesAsync(ClaimsPrincipal principal, string password, CancellationToken cancellationToken)
    {
        if (await CheckedUserAsync(principal, password) is not { } user || !await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountResult.Refused<(AppUser, IReadOnlyList<string>)>("Password", "The password is wrong.");
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordAsync(user, "user.two-factor-recovery-codes-renewed", null, cancellationToken);
        return AccountResult.Done<(AppUser, IReadOnlyList<string>)>((user, codes));
    }

    /// <summary>Switches the second factor off and forgets the key (a later enrolment gets a new one); needs the password.</summary>
    public async Task<AccountResult<AppUser>> DisableAsync(ClaimsPrincipal principal, string password, CancellationToken cancellationToken)
    {
        if (await CheckedUserAsync(principal, password) is not { } user)
        {
            return AccountResult.Refused<AppUser>("Password", "The password is wrong.");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(user, "user.two-factor-disabled", null, cancellationToken);
        return AccountResult.Done(user);
    }

    /// <summary>Codes are typed with spaces or dashes (<c>123 456</c>, recovery codes as shown); Identity wants them bare.</summary>
    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private async Task<AppUser?> CheckedUserAsync(ClaimsPrincipal principal, string password) =>
        await users.GetUserAsync(principal) is { } user && await users.CheckPasswordAsync(user, password) ? user : null;

    /// <summary>The key in groups of four, lower case, as authenticator apps accept it typed.</summary>
    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>Key URI format of Google Authenticator, understood by every authenticator app.</summary>
    private static string Uri(string account, string key) =>
        $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(account)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
}
