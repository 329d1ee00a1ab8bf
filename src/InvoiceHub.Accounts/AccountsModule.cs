using FluentValidation;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Bootstrap;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Accounts;

/// <summary>Registers the accounts module; the host adds Identity's sign-in machinery on top.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<AccountsDbContext>(options => AccountsDbContextOptions.Configure(options, connectionString));
        services.AddScoped<AccountsBootstrapper>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<TenantNames>();
        services.AddSingleton<ApiCredentialCache>();
        services.AddScoped<ApiCredentialService>();
        services.AddScoped<Tenants.CreateTenant.CreateTenantHandler>();
        services.AddScoped<Tenants.RenameTenant.RenameTenantHandler>();
        services.AddScoped<Tenants.DeactivateTenant.DeactivateTenantHandler>();
        services.AddScoped<Tenants.ListTenants.ListTenantsHandler>();
        services.AddScoped<Tenants.SwitchTenant.SwitchTenantHandler>();
        services.AddScoped<Users.CreateUser.CreateUserHandler>();
        services.AddScoped<Users.ListUsers.ListUsersHandler>();
        services.AddScoped<Users.UpdateMembership.UpdateMembershipHandler>();
        services.AddScoped<Users.LockUser.LockUserHandler>();
        services.AddScoped<Users.ResetPassword.ResetPasswordHandler>();
        services.AddScoped<Users.ChangePassword.ChangePasswordHandler>();
        services.AddScoped<OwnAccountAudit>();
        services.AddScoped<Users.TwoFactor.TwoFactorHandler>();
        services.AddScoped<Tenants.TwoFactorRequirement.SetTwoFactorRequirementHandler>();

        // One validator per command; the handlers run them for every caller, the pages also beforehand for messages in the user's language.
        services.AddSingleton<IValidator<Tenants.CreateTenant.CreateTenantCommand>, Tenants.CreateTenant.CreateTenantValidator>();
        services.AddSingleton<IValidator<Tenants.RenameTenant.RenameTenantCommand>, Tenants.RenameTenant.RenameTenantValidator>();
        services.AddSingleton<IValidator<Users.CreateUser.NewUser>, Users.CreateUser.NewUserValidator>();
        services.AddSingleton<IValidator<Users.UpdateMembership.MembershipChange>, Users.UpdateMembership.MembershipChangeValidator>();
        services.AddSingleton<IValidator<NewCredential>, NewCredentialValidator>();
        return services;
    }

    /// <summary>Applies pending migrations of the accounts schema.</summary>
    public static Task MigrateAccountsAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AccountsDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>Applies pending migrations without a service provider (the CLI's `migrate`); returns those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAccountsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContextOptions.Configure(options, connectionString);
        await using var db = new AccountsDbContext(options.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    public static Task<BootstrapResult> BootstrapAccountsAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AccountsBootstrapper>().RunAsync(cancellationToken);
}
