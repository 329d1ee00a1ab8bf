using InvoiceHub.Accounts.Users;
using InvoiceHub.Web.Hosting.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Identity;

/// <summary>
/// Checks a sign-in cookie's security stamp against the user's on every request (one primary-key lookup), so that
/// sign-out, a password change or a disabled account end every session at once, on every node, copied cookies
/// included. Sign-out renews the stamp, so it ends all of that user's sessions (every browser), not only this one.
/// </summary>
internal static class SessionValidation
{
    public static IServiceCollection AddInvoiceHubSessionValidation(this IServiceCollection services)
    {
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
            cookie => cookie.Events.OnValidatePrincipal = ValidateAsync);
        return services;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (context.Principal is not { } principal || users.GetUserId(principal) is not { } userId)
        {
            return;
        }

        AppUser? user;
        try
        {
            user = await users.FindByIdAsync(userId);
        }
        catch (Exception exception) when (InfrastructureFault.Of(exception) is not null)
        {
            // The database is out: this request is anonymous (pages answer 503 or ask to sign in), the cookie stays.
            context.RejectPrincipal();
            return;
        }

        if (user is null || user.SecurityStamp != principal.FindFirst(stampClaim)?.Value)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
