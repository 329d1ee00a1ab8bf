using System.Net;
using System.Net.Http.Json;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>Who may do what with forwarding: retry for Admins and Bookkeepers, re-send only for Admins holding forwarding.resend-delivered.</summary>
[Collection(ForwardingCollection.Name)]
public sealed class ForwardingAccessTests(ForwardingFixture fixture) : IClassFixture<ForwardingFixture>
{
    [Fact]
    public async Task Resend_BookkeeperAndAdminWithoutThePermission_Get403_AdminWithItReachesTheHandler()
    {
        var tenantId = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        var resend = $"/api/v1/admin/tenants/{tenantId}/forwarding/deliveries/{Guid.NewGuid()}/resend";
        var body = JsonContent.Create(new { reason = "the accountant lost it" });

        using var bookkeeper = await SignedInAsync(Roles.Bookkeeper);
        (await bookkeeper.PostAsync(resend, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await SignedInAsync(Roles.Admin);
        (await admin.PostAsync(resend, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an Admin without forwarding.resend-delivered");

        // The bootstrapped admin holds every permission: past authorization, an unknown delivery is a 404.
        using var granted = fixture.App.CreateBrowserLikeClient();
        await granted.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        (await granted.PostAsync(resend, body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_BookkeeperRetriesButDoesNotConfigure_AccountantNeither()
    {
        using var bookkeeper = await SignedInAsync(Roles.Bookkeeper);
        (await bookkeeper.GetAsync("/forwarding/failures")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bookkeeper.GetAsync("/admin/forwarding")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var accountant = await SignedInAsync(Roles.Accountant);
        (await accountant.GetAsync("/forwarding/failures")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await accountant.GetAsync("/admin/forwarding")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(fixture.App.Services, email, role);
        var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(email, UsersForTests.Password);
        return client;
    }
}
