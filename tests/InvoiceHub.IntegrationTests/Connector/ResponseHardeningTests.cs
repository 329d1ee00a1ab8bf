using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>What the connector API answers beyond the data: credentials that stay revoked, caching, types, policies.</summary>
public sealed class ResponseHardeningTests(ResponseHardeningTests.LowLimitFixture fixture) : IClassFixture<ResponseHardeningTests.LowLimitFixture>
{
    /// <summary>A connector fixture whose limit on failed API-key authentications is small enough to reach in a test.</summary>
    public sealed class LowLimitFixture : ConnectorFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Connector:FailedAuthenticationsPerMinute"] = "5",
        };
    }

    [Fact]
    public async Task Regenerate_OnARevokedCredential_Is409_AndTheCredentialStaysRevoked()
    {
        var credential = await fixture.IssueKeyAsync(fixture.TenantId, "regen-" + Guid.NewGuid().ToString("N")[..6]);
        using var admin = fixture.App.CreateBrowserLikeClient();
        await admin.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        var path = $"/api/v1/admin/tenants/{fixture.TenantId}/credentials/{credential.CredentialId}";
        (await admin.DeleteAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var regenerate = await admin.PostAsync($"{path}/regenerate", null);

        regenerate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        regenerate.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await fixture.Database.ScalarAsync<bool>(
            $"SELECT revoked_at IS NOT NULL FROM accounts.api_credentials WHERE id = '{credential.CredentialId}'")).ShouldBeTrue();
        using var client = fixture.CreateConnectorClient(credential);
        (await client.GetAsync("/api/v1/connector/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DocumentResponses_AreNotStored_OriginalsComeAsTheirDetectedType_AndTheRenderingKeepsItsOwnPolicy()
    {
        using var client = fixture.CreateConnectorClient();
        var pushed = new ByteArrayContent(new InvoiceXml().ToBytes());
        pushed.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml"); // accepted as XML, never served as SVG
        var created = await client.PostAsync("/api/v1/documents", pushed);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var original = await client.GetAsync($"/api/v1/documents/{id}/original");
        var rendered = await client.GetAsync($"/api/v1/documents/{id}/rendered");
        var listed = await client.GetAsync("/api/v1/documents");

        original.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        original.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith(".xml");
        foreach (var response in new[] { created, original, rendered, listed })
        {
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        }

        var policy = rendered.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("style-src 'self'"); // the rendering's own stylesheet shows
        policy.ShouldContain("default-src 'none'");
        policy.ShouldNotContain("script-src");
    }

    [Fact]
    public async Task FailedApiKeys_FromOneAddress_AreRefusedWith429BeforeTheLookup()
    {
        using var guesser = fixture.App.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/connector/whoami");
            request.Headers.Add("X-Api-Key", $"ihk_{Guid.NewGuid():N}"[..16] + "_" + new string('b', 43));
            statuses.Add((await guesser.SendAsync(request)).StatusCode);
        }

        // Other tests of this class may have used up a failure or two of the shared (in-process) address already.
        var refusedFrom = statuses.IndexOf(HttpStatusCode.TooManyRequests);
        refusedFrom.ShouldBeInRange(1, 5);
        statuses.Take(refusedFrom).ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        statuses.Skip(refusedFrom).ShouldAllBe(status => status == HttpStatusCode.TooManyRequests);
    }
}
