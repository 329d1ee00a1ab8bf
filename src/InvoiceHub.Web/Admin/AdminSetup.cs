using InvoiceHub.Accounts;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Admin;

/// <summary>The admin console (pages under /admin, for the current tenant's Admins: see AdminPageModel), sign-in auditing and the one-time-password step.</summary>
internal static class AdminSetup
{
    public static IServiceCollection AddInvoiceHubAdmin(this IServiceCollection services)
    {
        services.AddScoped<IAccountAudit, AccountAuditLog>();
        services.AddScoped<SignInManager<AppUser>, AuditingSignInManager>();
        // Locks, role and permission changes reach running sessions within this time (the cookie's claims are re-issued).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.UseMiddleware<MustChangePasswordMiddleware>();
}
