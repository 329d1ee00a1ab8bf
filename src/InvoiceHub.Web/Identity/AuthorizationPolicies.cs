using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Authorization;

namespace InvoiceHub.Web.Identity;

/// <summary>Named policies used by pages and endpoints.</summary>
internal static class AuthorizationPolicies
{
    public const string Admin = "Admin";

    /// <summary>Anything that changes data; Accountants are read-only.</summary>
    public const string CanEdit = "CanEdit";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
        options.AddPolicy(CanEdit, policy => policy.RequireRole(Roles.Admin, Roles.Bookkeeper));
        // Secure by default: every page and endpoint needs a signed-in user unless it says otherwise.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
