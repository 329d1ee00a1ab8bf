using InvoiceHub.Accounts.Users;

namespace InvoiceHub.Web.Admin;

/// <summary>
/// A user signed in with a one-time password sees nothing but the page that replaces it: every other page redirects
/// there until they have chosen their own. The same for a user whose tenant requires two-factor sign-in and who has
/// not enrolled an authenticator yet: the account page is where they do it.
/// </summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string PagePath = "/account";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if ((context.User.HasClaim(AccountClaimTypes.MustChangePassword, "true") || context.User.HasClaim(AccountClaimTypes.MustEnrolTwoFactor, "true"))
            && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments(PagePath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/error")
            && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect(PagePath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
