using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Parties;

public sealed class PartyUpsertTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Put_NewSupplier_Is201_WithIdentifiersNormalised()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.PutAsJsonAsync("/api/v1/parties/S-100", new
        {
            kind = "supplier",
            name = "Nordisk Papir A/S",
            address = new { street = "Havnegade 1", postalCode = "1058", city = "København K", countryCode = "dk" },
            vatId = "dk 1234 5678",
            registrationId = "12345678",
            registrationScheme = "0184",
            gln = "5790000000005",
            ibans = new[] { "dk50 0040 0440 1162 43" },
            fikCreditorNumbers = new[] { "80807392" },
            accountNumber = "70001",
            paymentTerms = new { daysNet = 30, cashDiscountDays = 8, cashDiscountPercent = 2.5m },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe("/api/v1/parties/S-100");
        var party = await response.Content.ReadFromJsonAsync<JsonElement>();
        party.GetProperty("externalId").GetString().ShouldBe("S-100");
        party.GetProperty("kind").GetString().ShouldBe("supplier");
        party.GetProperty("vatId").GetString().ShouldBe("DK12345678");
        party.GetProperty("ibans")[0].GetString().ShouldBe("DK5000400440116243");
        party.GetProperty("address").GetProperty("countryCode").GetString().ShouldBe("DK");
        party.GetProperty("paymentTerms").GetProperty("cashDiscountPercent").GetDecimal().ShouldBe(2.5m);
        party.GetProperty("origin").GetString().ShouldBe("api");
    }

    [Fact]
    public async Task Put_Twice_UpdatesTheSameParty_AndAnIdenticalResendChangesNothing()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        var created = await ReadAsync(await client.PutAsJsonAsync("/api/v1/parties/C-1", new { kind = "customer", name = "Old name", accountNumber = "10001" }));

        var updatedResponse = await client.PutAsJsonAsync("/api/v1/parties/C-1", new { kind = "customer", name = "New name", accountNumber = "10002" });
        var updated = await ReadAsync(updatedResponse);
        var resent = await ReadAsync(await client.PutAsJsonAsync("/api/v1/parties/C-1", new { kind = "customer", name = "New name", accountNumber = "10002" }));

        updatedResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        updated.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        updated.GetProperty("name").GetString().ShouldBe("New name");
        updated.GetProperty("accountNumber").GetString().ShouldBe("10002");
        updated.GetProperty("updatedAt").GetDateTimeOffset().ShouldBeGreaterThan(created.GetProperty("updatedAt").GetDateTimeOffset());
        resent.GetProperty("updatedAt").GetDateTimeOffset().ShouldBe(updated.GetProperty("updatedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Put_WithInvalidFields_Is422_NamingEachFieldAndWhatToFix()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.PutAsJsonAsync("/api/v1/parties/S-bad", new
        {
            kind = "supplier",
            name = "Bad Data ApS",
            gln = "5790000000006",
            ibans = new[] { "DK5000400440116244" },
            fikCreditorNumbers = new[] { "12345678" },
            accountNumber = "700001",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("accountNumber")[0].GetString().ShouldBe("must have exactly 5 digits (got 6: '700001')");
        errors.GetProperty("gln")[0].GetString()!.ShouldContain("check digit");
        errors.GetProperty("ibans[0]")[0].GetString()!.ShouldContain("not a valid IBAN");
        errors.GetProperty("fikCreditorNumbers[0]")[0].GetString()!.ShouldContain("starting with 8");
        (await client.GetAsync("/api/v1/parties/S-bad")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("customer", "70001", "70001 is outside the customer range 10000-69999")]
    [InlineData("supplier", "1234a", "must consist of digits only (got '1234a')")]
    [InlineData("partner", "10001", null)]
    public async Task Put_AccountNumberOrKindThatDoesNotFit_Is422(string kind, string accountNumber, string? expectedAccountError)
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);

        var response = await client.PutAsJsonAsync("/api/v1/parties/X-1", new { kind, name = "Someone", accountNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        if (expectedAccountError is null)
        {
            errors.GetProperty("kind")[0].GetString().ShouldBe("must be \"customer\" or \"supplier\" (got 'partner')");
        }
        else
        {
            errors.GetProperty("accountNumber")[0].GetString().ShouldBe(expectedAccountError);
        }
    }

    [Fact]
    public async Task Put_AccountNumberHeldByAnotherParty_Is422_NamingTheHolder()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await ReadAsync(await client.PutAsJsonAsync("/api/v1/parties/S-1", new { kind = "supplier", name = "First", accountNumber = "70010" }));

        var response = await client.PutAsJsonAsync("/api/v1/parties/S-2", new { kind = "supplier", name = "Second", accountNumber = "70010" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("accountNumber")[0].GetString().ShouldBe("70010 is already used by party 'S-1'");
    }

    [Fact]
    public async Task AnotherTenantsExternalId_Is404_AndItsPutCreatesAPartyOfItsOwn()
    {
        var (owner, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        var (stranger, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        var original = await ReadAsync(await owner.PutAsJsonAsync("/api/v1/parties/SECRET-1", new { kind = "supplier", name = "Owner's supplier" }));

        var read = await stranger.GetAsync("/api/v1/parties/SECRET-1");
        var list = await stranger.GetFromJsonAsync<JsonElement>("/api/v1/parties");
        var write = await stranger.PutAsJsonAsync("/api/v1/parties/SECRET-1", new { kind = "supplier", name = "Stranger's supplier" });

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        write.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadAsync(write)).GetProperty("id").GetGuid().ShouldNotBe(original.GetProperty("id").GetGuid());
        var ownerView = await owner.GetFromJsonAsync<JsonElement>("/api/v1/parties/SECRET-1");
        ownerView.GetProperty("name").GetString().ShouldBe("Owner's supplier");
    }

    [Fact]
    public async Task Put_ChangingTheKind_Is422()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await ReadAsync(await client.PutAsJsonAsync("/api/v1/parties/P-1", new { kind = "supplier", name = "Both ways" }));

        var response = await client.PutAsJsonAsync("/api/v1/parties/P-1", new { kind = "customer", name = "Both ways" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("kind cannot change");
    }

    [Fact]
    public async Task Put_WithoutCredentials_Is401()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PutAsJsonAsync("/api/v1/parties/S-1", new { kind = "supplier", name = "Anonymous" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Put_MalformedJson_Is400Problem()
    {
        var (client, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        using var content = new StringContent("{\"kind\": \"supplier\", \"name\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PutAsync("/api/v1/parties/S-1", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
