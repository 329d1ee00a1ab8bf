using System.Net;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class AuthorizationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(Roles.Bookkeeper)]
    [InlineData(Roles.Accountant)]
    public async Task JobsDashboard_ForNonAdmin_Is403(string role)
    {
        var client = await SignedInClientAsync(role);

        var response = await client.GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task JobsDashboard_ForAdmin_IsServed()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);

        var response = await client.GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("InvoiceHub jobs");
    }

    [Fact]
    public async Task JobsDashboard_WhenAnonymous_RedirectsToSignIn()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        var response = await client.GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/signin");
    }

    [Fact]
    public async Task Forbidden_ForABrowser_ShowsAReadablePage()
    {
        var client = await SignedInClientAsync(Roles.Bookkeeper);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/jobs");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Access denied");
    }

    [Fact]
    public async Task ApiEndpoint_WhenAnonymous_Is401ProblemDetails()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        var response = await client.GetAsync("/api/v1/anything");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"status\":401");
        body.ShouldContain("\"correlationId\"");
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
