using InvoiceHub.Accounts.Users;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Creates users in the default tenant through the same directory the app uses.</summary>
public static class UsersForTests
{
    public const string Password = "User-Test-Password-1";

    public static async Task<AppUser> CreateAsync(IServiceProvider services, string email, string role)
    {
        var directory = services.GetRequiredService<UserDirectory>();
        var tenant = await directory.EnsureTenantAsync("Default", CancellationToken.None);
        return await directory.CreateUserAsync(email, $"{role} {email[..4]}", Password, role, tenant.Id, CancellationToken.None);
    }
}
