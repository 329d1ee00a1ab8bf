using System.Net;
using System.Security.Cryptography;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Identity;

/// <summary>
/// Checks an e-mail and password without telling anyone who does not know the password whether the account exists or
/// is locked: an unknown e-mail costs one password hash, like a wrong password, and gets the same answer; a locked
/// account says so only to whoever gives its right password.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<AppUser> signInManager, UserManager<AppUser> users, SignInThrottle throttle, IOptions<SignInSettings> settings,
    TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    // Verified against when the e-mail is unknown, so that answer takes as long as a wrong password's.
    private static string? _decoyHash;

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password, IPAddress? address)
    {
        var started = clock.GetTimestamp();
        var outcome = await CheckAsync(email.Trim(), password, address);
        if (outcome == PasswordSignInOutcome.Failed)
        {
            var remaining = settings.Value.FailedAnswerFloor - clock.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, clock);
            }
        }

        return outcome;
    }

    private async Task<PasswordSignInOutcome> CheckAsync(string email, string password, IPAddress? address)
    {
        if (throttle.IsLimited(address, email))
        {
            logger.LogWarning("Sign-in for {Email} from {Address} refused: too many failed sign-ins", email, address);
            return PasswordSignInOutcome.Throttled;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var decoy = new AppUser { DisplayName = "" };
            _decoyHash ??= users.PasswordHasher.HashPassword(decoy, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            users.PasswordHasher.VerifyHashedPassword(decoy, _decoyHash, password);
            return Failed(address, email);
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Checked like any other password, and not counted: only its owner learns that the account is locked.
            if (!await users.CheckPasswordAsync(user, password))
            {
                return Failed(address, email);
            }

            if (signInManager is AuditingSignInManager auditing)
            {
                await auditing.RecordLockedOutAsync(user);
            }

            return PasswordSignInOutcome.LockedOut;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", email);
            return PasswordSignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return PasswordSignInOutcome.RequiresTwoFactor;
        }

        // A wrong password, including the one that has just locked the account: that is news for the owner only.
        return Failed(address, email);
    }

    private PasswordSignInOutcome Failed(IPAddress? address, string email)
    {
        throttle.Failed(address, email);
        logger.LogInformation("Failed sign-in for {Email} from {Address}", email, address);
        return PasswordSignInOutcome.Failed;
    }
}
