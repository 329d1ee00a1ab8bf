using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// Matching never takes the wrong supplier: look-alike identifiers under other schemes or register courts are other
/// companies, and a found party that contradicts the invoice is named, not linked. Through the push API, against the
/// master data synced over HTTP.
/// </summary>
public sealed class PartySchemeMatchingTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task DanishCvr_WithTheDigitsOfADutchKvkNumber_DoesNotMatchTheDutchSupplier()
    {
        using var client = fixture.CreateConnectorClient();
        var digits = InvoiceXml.RandomDigits(8);
        var dutch = await PutAsync(client, new { kind = "supplier", name = "Nordsee Fisk B.V.", registrationId = digits, registrationScheme = "0106", address = new { countryCode = "NL" } });

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = digits, SellerVatId = "DK" + digits });

        document.GetProperty("status").GetString().ShouldBe("archived");
        var party = document.GetProperty("party");
        party.GetProperty("outcome").GetString().ShouldBe("created");
        party.GetProperty("id").GetString().ShouldNotBe(dutch);
        Steps(document).ShouldContain(s => s.Contains("under scheme 0106 there and 0184 on the document", StringComparison.Ordinal));
        // The supplier created from the invoice keeps its scheme, so a Dutch invoice with these digits will not find it.
        (await fixture.Database.ScalarAsync<string>($"SELECT registration_scheme FROM parties.parties WHERE id = '{party.GetProperty("id").GetString()}'"))
            .ShouldBe("0184");
    }

    [Fact]
    public async Task DutchKvk_WithTheDigitsOfADanishCvr_DoesNotMatchTheDanishSupplier_AndTheCreatedSupplierKeepsScheme0106()
    {
        using var client = fixture.CreateConnectorClient();
        var digits = InvoiceXml.RandomDigits(8);
        var danish = await PutAsync(client, new { kind = "supplier", name = "Nordsee Fisk ApS", registrationId = digits, registrationScheme = "0184", address = new { countryCode = "DK" } });

        var document = await PushAsync(client, new InvoiceXml
        {
            SellerName = "Nordsee Fisk B.V.", SellerCvr = digits, SellerRegistrationScheme = "0106", SellerCountry = "NL",
            SellerVatId = "NL" + InvoiceXml.RandomDigits(9) + "B01",
        });

        var party = document.GetProperty("party");
        party.GetProperty("outcome").GetString().ShouldBe("created");
        party.GetProperty("id").GetString().ShouldNotBe(danish);
        (await fixture.Database.ScalarAsync<string>($"SELECT registration_scheme FROM parties.parties WHERE id = '{party.GetProperty("id").GetString()}'"))
            .ShouldBe("0106");
    }

    [Fact]
    public async Task DanishCvr_UnderTheSameScheme_MatchesTheDanishSupplier()
    {
        using var client = fixture.CreateConnectorClient();
        var digits = InvoiceXml.RandomDigits(8);
        var danish = await PutAsync(client, new { kind = "supplier", name = "Nordsee Fisk ApS", registrationId = digits, registrationScheme = "DK:CVR", address = new { countryCode = "DK" } });

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = digits, SellerVatId = "DK" + digits });

        document.GetProperty("party").GetProperty("id").GetString().ShouldBe(danish);
        document.GetProperty("party").GetProperty("outcome").GetString().ShouldBe("matched");
    }

    [Fact]
    public async Task GermanRegisterNumber_OfAnotherCourt_DoesNotMatch_AndOfTheSameCourtDoes()
    {
        using var client = fixture.CreateConnectorClient();
        var hrb = "HRB " + InvoiceXml.RandomDigits(6);
        var cologne = await PutAsync(client, new { kind = "supplier", name = "Muster Maschinenbau GmbH", registrationId = hrb, registrationCourt = "Köln", address = new { countryCode = "DE" } });

        var munich = await PushAsync(client, GermanInvoice(hrb, "Sitz München, Registergericht: Amtsgericht München, Geschäftsführer Max Muster"));
        var fromCologne = await PushAsync(client, GermanInvoice(hrb, "Amtsgericht Koeln"));

        munich.GetProperty("party").GetProperty("id").GetString().ShouldNotBe(cologne);
        Steps(munich).ShouldContain(s => s.Contains("court KOELN there and MUENCHEN on the document", StringComparison.Ordinal));
        (await fixture.Database.ScalarAsync<string>($"SELECT registration_court FROM parties.parties WHERE id = '{munich.GetProperty("party").GetProperty("id").GetString()}'"))
            .ShouldBe("MUENCHEN");
        fromCologne.GetProperty("party").GetProperty("id").GetString().ShouldBe(cologne);
        fromCologne.GetProperty("party").GetProperty("matchedBy").GetString().ShouldBe("registration-id");
    }

    [Fact]
    public async Task GermanRegisterNumber_WithoutACourtOnTheInvoice_DoesNotMatch()
    {
        using var client = fixture.CreateConnectorClient();
        var hrb = "HRB " + InvoiceXml.RandomDigits(6);
        var cologne = await PutAsync(client, new { kind = "supplier", name = "Muster Maschinenbau GmbH", registrationId = $"{hrb}, Amtsgericht Köln", address = new { countryCode = "DE" } });

        var document = await PushAsync(client, GermanInvoice(hrb, legalInformation: null));

        document.GetProperty("party").GetProperty("id").GetString().ShouldNotBe(cologne);
        Steps(document).ShouldContain(s => s.Contains("court KOELN there and (unknown) on the document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SupplierFoundByCvr_WithAnotherVatId_WaitsAsConflictingParty()
    {
        using var client = fixture.CreateConnectorClient();
        var cvr = InvoiceXml.RandomDigits(8);
        await PutAsync(client, new { kind = "supplier", name = "Nordsee Fisk ApS", registrationId = cvr, registrationScheme = "0184", vatId = "DK" + InvoiceXml.RandomDigits(8) });

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, SellerVatId = "DK" + cvr });

        document.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(document).ShouldBe(["conflicting-party"]);
        var party = document.GetProperty("party");
        party.GetProperty("outcome").GetString().ShouldBe("conflicting");
        party.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        Steps(document)[^1].ShouldContain("its VAT id is DK");
        Steps(document)[^1].ShouldContain("not linked");
    }

    [Fact]
    public async Task SupplierFoundByARegistrationIdWithoutScheme_InAnotherCountry_WaitsAsConflictingParty()
    {
        using var client = fixture.CreateConnectorClient();
        var digits = InvoiceXml.RandomDigits(8);
        await PutAsync(client, new { kind = "supplier", name = "Nordsee Fisk B.V.", registrationId = digits, address = new { countryCode = "NL" } });

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = digits, SellerVatId = "DK" + digits });

        Codes(document).ShouldBe(["conflicting-party"]);
        Steps(document)[^1].ShouldContain("it is in NL, the document's party in DK");
    }

    [Fact]
    public async Task SupplierFoundByGln_WithANameThatSharesNoWord_WaitsAsConflictingParty()
    {
        using var client = fixture.CreateConnectorClient();
        var gln = Gln();
        await PutAsync(client, new { kind = "supplier", name = "Hansen Transport", gln });

        var document = await PushAsync(client, new InvoiceXml { SellerGln = gln });

        Codes(document).ShouldBe(["conflicting-party"]);
        Steps(document)[^1].ShouldContain("its name 'Hansen Transport' has no word in common with the document's 'Nordsee Fisk ApS'");
    }

    [Fact]
    public async Task TwoSuppliersSharingACvr_TheOneWithTheInvoicesSupplierAssignedAccountId_IsLinked()
    {
        using var client = fixture.CreateConnectorClient();
        var cvr = InvoiceXml.RandomDigits(8);
        await PutAsync(client, new { kind = "supplier", name = "Fisk Nord", registrationId = cvr, registrationScheme = "0184", supplierAssignedAccountId = "K-100" });
        var south = await PutAsync(client, new { kind = "supplier", name = "Fisk Syd", registrationId = cvr, registrationScheme = "0184", supplierAssignedAccountId = "K-200" });

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, BuyerAccountId = "K-200" });

        document.GetProperty("status").GetString().ShouldBe("archived");
        document.GetProperty("party").GetProperty("id").GetString().ShouldBe(south);
        document.GetProperty("party").GetProperty("matchedBy").GetString().ShouldBe("supplier-assigned-account-id");
        Steps(document).ShouldContain("supplier-assigned account id K-200: 1 of 2 suppliers");
    }

    private static InvoiceXml GermanInvoice(string hrb, string? legalInformation) => new()
    {
        SellerName = "Muster Maschinenbau GmbH",
        SellerCountry = "DE",
        SellerVatId = "DE" + InvoiceXml.RandomDigits(9),
        SellerCvr = hrb,
        SellerRegistrationScheme = null,
        SellerLegalInformation = legalInformation,
        SellerEndpoint = ("EM", $"rechnung-{Guid.NewGuid():N}@example.test"),
    };

    // A GLN with a valid GS1 check digit, so that a supplier created from it keeps it.
    private static string Gln()
    {
        var body = "579" + InvoiceXml.RandomDigits(9);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static async Task<string> PutAsync(HttpClient client, object party)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/parties/s-{Guid.NewGuid():N}", party);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await ReadAsync(response)).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PushAsync(HttpClient client, InvoiceXml invoice)
    {
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await ReadAsync(response);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static List<string> Steps(JsonElement document) =>
        [.. document.GetProperty("party").GetProperty("steps").EnumerateArray().Select(s => s.GetString()!)];

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
