using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Archive;

/// <summary>The archive search through its REST entry point, GET /api/v1/documents (the /archive page calls the same handler).</summary>
public sealed class ArchiveSearchTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task FreeText_FindsWordsOfLineTextsAndPartyNames_AsWordPrefixes()
    {
        using var client = fixture.CreateConnectorClient();
        var tag = "Zylinderkopf" + InvoiceXml.RandomDigits(6);
        var byLine = await PushAsync(client, new InvoiceXml { ItemName = $"{tag} Dichtung" });
        var bySeller = await PushAsync(client, new InvoiceXml { SellerName = $"{tag} Werkstatt GmbH" });
        await PushAsync(client, new InvoiceXml { ItemName = "Something else entirely" });

        (await IdsAsync(client, $"q={tag}")).ShouldBe([byLine, bySeller], ignoreOrder: true);
        // Lower case and a prefix of the word; both words must occur.
        (await IdsAsync(client, $"q={tag[..12].ToLowerInvariant()}+dicht")).ShouldBe([byLine]);
        (await IdsAsync(client, $"q={tag}+nosuchword")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Number_FindsTheInvoiceNumberWithoutSeparators_AndTheInternalNumber()
    {
        using var client = fixture.CreateConnectorClient();
        var number = $"RE-2026/{InvoiceXml.RandomDigits(7)}";
        var pushed = await PushDocumentAsync(client, new InvoiceXml { Number = number });
        var id = pushed.GetProperty("id").GetString();

        (await IdsAsync(client, $"number={Uri.EscapeDataString(number.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant())}")).ShouldBe([id]);
        var internalNumber = pushed.GetProperty("internalNumber").GetString();
        internalNumber.ShouldNotBeNull();
        (await IdsAsync(client, $"number={Uri.EscapeDataString(internalNumber)}")).ShouldBe([id]);
    }

    [Fact]
    public async Task DateAndAmountRanges_ReturnOnlyDocumentsInside_BoundsIncluded()
    {
        using var client = fixture.CreateConnectorClient();
        var seller = "Range Test " + InvoiceXml.RandomDigits(6);
        var early = await PushAsync(client, new InvoiceXml { SellerName = seller, IssueDate = "2025-01-10", Net = 100m });
        var inside = await PushAsync(client, new InvoiceXml { SellerName = seller, IssueDate = "2025-02-15", Net = 200m });
        var late = await PushAsync(client, new InvoiceXml { SellerName = seller, IssueDate = "2025-03-20", Net = 400m });
        var party = Uri.EscapeDataString(seller);

        (await IdsAsync(client, $"party={party}&from=2025-02-01&to=2025-03-20")).ShouldBe([inside, late], ignoreOrder: true);
        // Gross = net + 25 % VAT: 125, 250, 500.
        (await IdsAsync(client, $"party={party}&min=125&max=250")).ShouldBe([early, inside], ignoreOrder: true);
        (await IdsAsync(client, $"party={party}&from=2025-02-01&max=300")).ShouldBe([inside]);
    }

    [Fact]
    public async Task SortedByAmountDescending_PagesThroughEveryDocumentOnce_InOrder()
    {
        using var client = fixture.CreateConnectorClient();
        var seller = "Paging Test " + InvoiceXml.RandomDigits(6);
        // Two of equal amount: the id breaks the tie, so the cursor neither skips nor repeats one.
        foreach (var net in new[] { 50m, 300m, 120m, 120m, 999m })
        {
            await PushAsync(client, new InvoiceXml { SellerName = seller, Net = net });
        }

        var amounts = new List<decimal>();
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await GetAsync(client, $"party={Uri.EscapeDataString(seller)}&sort=amount&order=desc&limit=2"
                + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                ids.Add(item.GetProperty("id").GetString()!);
                amounts.Add(item.GetProperty("totalAmount").GetDecimal());
            }

            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        ids.Count.ShouldBe(5);
        ids.ShouldBeUnique();
        amounts.ShouldBe([1248.75m, 375m, 150m, 150m, 62.5m]);
    }

    [Fact]
    public async Task StatusDirectionAndSource_FilterWhatIsShown()
    {
        using var client = fixture.CreateConnectorClient();
        var seller = "Filter Test " + InvoiceXml.RandomDigits(6);
        var id = await PushAsync(client, new InvoiceXml { SellerName = seller });
        var party = Uri.EscapeDataString(seller);

        (await IdsAsync(client, $"party={party}&status=archived&direction=purchase&paymentStatus=unknown&source=cii")).ShouldBeEmpty();
        (await IdsAsync(client, $"party={party}&status=archived&direction=purchase&source=ubl")).ShouldBe([id]);
        (await IdsAsync(client, $"party={party}&direction=sales")).ShouldBeEmpty();
        (await IdsAsync(client, $"party={party}&status=in_progress")).ShouldBeEmpty();
    }

    [Fact]
    public async Task MalformedFilters_Answer400_NamingEachParameter()
    {
        using var client = fixture.CreateConnectorClient();
        var response = await client.GetAsync(
            $"/api/v1/documents?from=2026-02-30&min=abc&max=1e30&sort=colour&source=fax&q={new string('x', 300)}&after=not-a-cursor");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["from", "min", "max", "source", "sort"], ignoreOrder: true);

        // Once the parameters parse, the handler's own checks answer the same way.
        var handlerErrors = await client.GetAsync($"/api/v1/documents?from=2026-03-01&to=2026-02-01&q={new string('x', 300)}&sort=amount&after=not-a-cursor");
        await handlerErrors.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var named = JsonDocument.Parse(await handlerErrors.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        named.EnumerateObject().Select(e => e.Name).ShouldBe(["to", "q", "after"], ignoreOrder: true);
    }

    [Fact]
    public async Task AnotherTenantsDocuments_AreNeverFound()
    {
        using var client = fixture.CreateConnectorClient();
        var tag = "Isolation" + InvoiceXml.RandomDigits(6);
        await PushAsync(client, new InvoiceXml { ItemName = tag });
        var otherTenant = await fixture.Database.ScalarAsync<Guid>(
            "INSERT INTO accounts.tenants (id, name, created_at) VALUES (gen_random_uuid(), 'Other " + tag + "', now()) RETURNING id");
        using var other = fixture.CreateConnectorClient(await fixture.IssueKeyAsync(otherTenant, "other-" + tag.ToLowerInvariant()));

        (await IdsAsync(client, $"q={tag}")).Count.ShouldBe(1);
        (await IdsAsync(other, $"q={tag}")).ShouldBeEmpty();
    }

    private static async Task<string> PushAsync(HttpClient client, InvoiceXml invoice) =>
        (await PushDocumentAsync(client, invoice)).GetProperty("id").GetString()!;

    private static async Task<JsonElement> PushDocumentAsync(HttpClient client, InvoiceXml invoice)
    {
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/documents?{query}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<List<string?>> IdsAsync(HttpClient client, string query) =>
        [.. (await GetAsync(client, query)).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString())];
}
