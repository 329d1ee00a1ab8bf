using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Parties;

public sealed class PartyListTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task List_FollowingCursors_DeliversEveryPartyOnce_InChangeOrder()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        // One batch gives several parties the same or nearly the same timestamp: the id breaks the tie.
        await client.PostAsJsonAsync("/api/v1/parties/batch", new
        {
            parties = Enumerable.Range(1, 7).Select(i => new { externalId = $"C-{i}", kind = "customer", name = $"Customer {i}" }).ToArray(),
        });

        var seen = new List<string>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/parties?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("externalId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(Enumerable.Range(1, 7).Select(i => $"C-{i}"), ignoreOrder: true);
        seen.Distinct().Count().ShouldBe(7);
    }

    [Fact]
    public async Task List_Since_ReturnsOnlyPartiesChangedFromThen()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await client.PutAsJsonAsync("/api/v1/parties/S-old", new { kind = "supplier", name = "Untouched" });
        var changed = await (await client.PutAsJsonAsync("/api/v1/parties/S-new", new { kind = "supplier", name = "Changed" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var since = changed.GetProperty("updatedAt").GetDateTimeOffset();

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/parties?since={Uri.EscapeDataString(since.ToString("O"))}");

        page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("externalId").GetString()).ShouldBe(["S-new"]);
        page.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("since=yesterday", "since")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("kind=partner", "kind")]
    public async Task List_WithABadQuery_Is400_NamingTheParameter(string query, string parameter)
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.GetAsync($"/api/v1/parties?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue();
    }
}
