using System.Net;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>Admin pages and the admin API belong to the Admins of the current tenant, and to no one else.</summary>
public sealed class AdminAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string> PagesAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in AdminPages)
        {
            data.Add(page, Roles.Bookkeeper);
            data.Add(page, Roles.Accountant);
        }

        return data;
    }

    private static readonly string[] AdminPages = ["/admin/tenants", "/admin/users", "/admin/credentials", "/admin/settings", "/admin/audit", "/admin/retention"];

    [Theory]
    [MemberData(nameof(PagesAndRoles))]
    public async Task AdminPage_ForANonAdmin_Is403(string page, string role)
    {
        using var client = await SignedInClientAsync(role);

        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AdminPages_ForTheAdmin_AreServed()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);

        foreach (var page in AdminPages.Append("/account"))
        {
            var response = await client.GetAsync(page);
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task AdminOfOneTenant_WorkingInAnotherAsBookkeeper_Gets403AndNoCredentialsOfIt()
    {
        var email = $"two-{Guid.NewGuid():N}@test.invoicehub.local";
        Guid otherTenant;
        using (var scope = fixture.App.Services.CreateScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
            var user = await UsersForTests.CreateAsync(scope.ServiceProvider, email, Roles.Admin);
            otherTenant = (await directory.EnsureTenantAsync($"Other {Guid.NewGuid():N}", CancellationToken.None)).Id;
            await directory.JoinAsync(user, otherTenant, Roles.Bookkeeper, makeCurrent: true, CancellationToken.None);
        }

        using var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(email, UsersForTests.Password);

        (await client.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/admin/tenants/{otherTenant}/credentials")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> SignedInClientAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.invoicehub.local";
        using (var scope = fixture.App.Services.CreateScope())
        {
            await UsersForTests.CreateAsync(scope.ServiceProvider, email, role);
        }

        var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(email, UsersForTests.Password);
        return client;
    }
}
