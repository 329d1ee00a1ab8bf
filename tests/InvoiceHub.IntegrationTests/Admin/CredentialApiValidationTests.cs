using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Admin;

/// <summary>The admin API's credential creation runs the same validator as the credentials page: field errors as a 400 problem, a taken name as 409.</summary>
public sealed class CredentialApiValidationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("billing:system")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public async Task CreateCredential_WithAMalformedUserName_Is400NamingTheField_AndCreatesNothing(string username)
    {
        using var admin = await AdminAsync();
        var before = await CountCredentialsAsync();

        var response = await admin.PostAsJsonAsync(await PathAsync(), new { username });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty("username")[0].GetString().ShouldNotBeNull().ShouldContain("no colon");
        (await CountCredentialsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CreateCredential_WithoutAUserName_Is400()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync(await PathAsync(), new { });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"username\"");
    }

    [Fact]
    public async Task CreateCredential_WithATakenUserName_Is409_AndTheFirstKeyStillWorks()
    {
        using var admin = await AdminAsync();
        var name = "taken-" + Guid.NewGuid().ToString("N")[..8];
        var first = await admin.PostAsJsonAsync(await PathAsync(), new { username = name });
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var second = await admin.PostAsJsonAsync(await PathAsync(), new { username = $" {name} " });

        await second.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("already exists");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM accounts.api_credentials WHERE username = '{name}'")).ShouldBe(1);
    }

    private async Task<string> PathAsync() =>
        $"/api/v1/admin/tenants/{await fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'")}/credentials";

    private async Task<HttpClient> AdminAsync()
    {
        var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        return client;
    }

    private Task<long> CountCredentialsAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts.api_credentials");
}
