using InvoiceHub.Accounts;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class BootstrapTests
{
    [Fact]
    public async Task FirstStart_CreatesOneAdminAndTenant_SecondStartCreatesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using (var first = new InvoiceHubApp(database.ConnectionString))
        {
            _ = first.Services;
            (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.users")).ShouldBe(1);
            (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.tenants")).ShouldBe(1);
            (await database.ScalarAsync<string>("SELECT name FROM accounts.tenants")).ShouldBe("Default");
        }

        await using (var second = new InvoiceHubApp(database.ConnectionString))
        {
            _ = second.Services;
            using var scope = second.Services.CreateScope();
            (await scope.ServiceProvider.BootstrapAccountsAsync(CancellationToken.None)).CreatedAdmin.ShouldBeFalse();
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.users")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.tenants")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.roles")).ShouldBe(Roles.All.Count);
    }

    [Fact]
    public async Task FirstStart_WithoutConfiguredPassword_GeneratesOneThatSignsIn()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new InvoiceHubApp(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminPassword"] = "",
            ["Database:MigrateOnStartup"] = "true",
        });
        _ = app.Services;
        // The host already bootstrapped; run it on a fresh database again to see the generated password.
        await database.ScalarAsync<int>("DELETE FROM accounts.tenant_memberships; DELETE FROM accounts.users; SELECT 1");
        using var scope = app.Services.CreateScope();

        var result = await scope.ServiceProvider.BootstrapAccountsAsync(CancellationToken.None);

        result.CreatedAdmin.ShouldBeTrue();
        result.GeneratedPassword.ShouldNotBeNullOrWhiteSpace();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync(result.AdminEmail!);
        admin.ShouldNotBeNull();
        (await users.CheckPasswordAsync(admin, result.GeneratedPassword)).ShouldBeTrue();
        (await database.ScalarAsync<string>($"SELECT role FROM accounts.tenant_memberships WHERE user_id = '{admin.Id}'")).ShouldBe(Roles.Admin);
        (await users.GetClaimsAsync(admin)).Select(c => c.Value).ShouldBe(Permissions.All, ignoreOrder: true);
    }
}
