using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Authorization;

namespace InvoiceHub.Web.Api.Authentication;

/// <summary>Authorization policies of the HTTP API.</summary>
internal static class ApiPolicies
{
    /// <summary>Billing software and accounting systems calling with a tenant's API credential.</summary>
    public const string Connector = "Connector";

    /// <summary>A signed-in Admin managing credentials (cookie or API-key admins are not a thing).</summary>
    public const string Admin = "ApiAdmin";

    public const string RateLimiter = "per-credential";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Connector, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiClaimTypes.ApiClient));
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
    }
}
