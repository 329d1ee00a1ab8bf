using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Parties;

public sealed class PartyBatchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Batch_WithOneSixDigitAccount_RefusesThatRecord_AndStoresTheOthers()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.PostAsJsonAsync("/api/v1/parties/batch", new
        {
            parties = new object[]
            {
                new { externalId = "C-1", kind = "customer", name = "Kunde Eins", accountNumber = "10001" },
                new { externalId = "S-1", kind = "supplier", name = "Lieferant Eins", accountNumber = "700001" },
                new { externalId = "S-2", kind = "supplier", name = "Lieferant Zwei", accountNumber = "70002" },
                new { externalId = "C-2", kind = "customer", name = "Kunde Zwei" },
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("stored").GetInt32().ShouldBe(3);
        result.GetProperty("refused").GetInt32().ShouldBe(1);
        var error = result.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("index").GetInt32().ShouldBe(1);
        error.GetProperty("externalId").GetString().ShouldBe("S-1");
        var fieldError = error.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        fieldError.GetProperty("field").GetString().ShouldBe("accountNumber");
        fieldError.GetProperty("message").GetString().ShouldBe("must have exactly 5 digits (got 6: '700001')");

        (await client.GetAsync("/api/v1/parties/C-1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/parties/S-2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/parties/C-2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/parties/S-1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Batch_ResentWithOneChange_CountsCreatedUpdatedAndUnchanged()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await client.PostAsJsonAsync("/api/v1/parties/batch", new
        {
            parties = new object[]
            {
                new { externalId = "C-1", kind = "customer", name = "One" },
                new { externalId = "C-2", kind = "customer", name = "Two" },
            },
        });

        var result = await (await client.PostAsJsonAsync("/api/v1/parties/batch", new
        {
            parties = new object[]
            {
                new { externalId = "C-1", kind = "customer", name = "One" },
                new { externalId = "C-2", kind = "customer", name = "Two, renamed" },
                new { externalId = "C-3", kind = "customer", name = "Three" },
            },
        })).Content.ReadFromJsonAsync<JsonElement>();

        result.GetProperty("unchanged").GetInt32().ShouldBe(1);
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        result.GetProperty("created").GetInt32().ShouldBe(1);
        result.GetProperty("refused").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Batch_WithARecordWithoutExternalId_RefusesIt()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var result = await (await client.PostAsJsonAsync("/api/v1/parties/batch", new
        {
            parties = new object[] { new { kind = "customer", name = "Nameless" } },
        })).Content.ReadFromJsonAsync<JsonElement>();

        result.GetProperty("refused").GetInt32().ShouldBe(1);
        result.GetProperty("errors")[0].GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe("externalId");
    }

    [Fact]
    public async Task Batch_WithoutParties_Is400Problem()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.PostAsJsonAsync("/api/v1/parties/batch", new { parties = Array.Empty<object>() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
