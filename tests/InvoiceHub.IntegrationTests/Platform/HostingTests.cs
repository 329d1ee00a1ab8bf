using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class HostingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Ready_WithDatabaseAndJobStorageUp_IsHealthy()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(["postgresql", "hangfire-storage", "document-store"], ignoreOrder: true);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeadersAndACorrelationId()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.Add("X-Correlation-Id", "test-run-42");

        var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Correlation-Id").ShouldBe(["test-run-42"]);
    }

    [Fact]
    public async Task CorrelationId_WhenTheCallerSendsGarbage_IsReplaced()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Correlation-Id").Single().ShouldMatch("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase_SoEveryNodeCanReadEveryCookie()
    {
        using var client = fixture.App.CreateClient();

        await client.GetStringAsync("/account/signin"); // issues an antiforgery token, which needs a key

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts.data_protection_keys")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAnonymously()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("info").GetProperty("title").GetString().ShouldBe("InvoiceHub API");
    }

    [Fact]
    public async Task ApiReferencePage_IsServedAnonymously()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/api/reference/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("InvoiceHub API");
    }

    [Fact]
    public async Task MalformedForm_FromAMachineClient_IsAProblemDetailsResponse()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsync("/account/signin", new StringContent("Email=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
