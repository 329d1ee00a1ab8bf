using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

public sealed class DuplicatesAndMatchingTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task DuplicateNumber_WhenTheTenantBlocksDuplicates_Is409NamingTheFirstDocument()
    {
        await fixture.ChangeSettingsAsync(s => s.BlockDuplicates = true);
        using var client = fixture.CreateConnectorClient();
        var first = new InvoiceXml();

        var created = await PushAsync(client, first);
        var again = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml((first with { Net = 250m }).ToBytes()));

        await again.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await ReadAsync(again)).GetProperty("existingDocumentId").GetString().ShouldBe(created.GetProperty("id").GetString());
    }

    [Fact]
    public async Task DuplicateNumber_WhenDuplicatesAreNotBlocked_IsQueuedFlagged()
    {
        await fixture.ChangeSettingsAsync(s => s.BlockDuplicates = false);
        try
        {
            using var client = fixture.CreateConnectorClient();
            var first = new InvoiceXml { Number = "RE 2026/0815" };
            var created = await PushAsync(client, first);

            var second = await PushAsync(client, first with { Number = "re-2026-0815", Net = 250m });

            second.GetProperty("status").GetString().ShouldBe("in_progress");
            Codes(second).ShouldContain("duplicate-number");
            second.GetProperty("duplicateOf").GetString().ShouldBe(created.GetProperty("id").GetString());
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.BlockDuplicates = true);
        }
    }

    [Fact]
    public async Task SameSupplierAmountAndDate_WithAnotherNumber_IsQueuedAsSuspectedDuplicate()
    {
        using var client = fixture.CreateConnectorClient();
        var first = new InvoiceXml { Net = 777m };
        await PushAsync(client, first);

        var second = await PushAsync(client, first with { Number = first.Number + "-B" });

        second.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(second).ShouldBe(["suspected-duplicate"]);
    }

    [Fact]
    public async Task FiftySimultaneousPushes_WithOneNumber_StoreExactlyOneAndAnswerTheRestAsDuplicates()
    {
        await fixture.ChangeSettingsAsync(s => s.BlockDuplicates = true);
        var invoice = new InvoiceXml { Number = "RACE-" + Guid.NewGuid().ToString("N")[..6] };
        using var client = fixture.CreateConnectorClient();

        // Different bytes (amounts) each time, the same number: only the unique index can decide.
        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            client.PostAsync("/api/v1/documents", ConnectorFixture.Xml((invoice with { Net = 100m + i }).ToBytes()))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
        responses.ShouldAllBe(r => (int)r.StatusCode < 500);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.documents WHERE invoice_number = '{invoice.Number}'")).ShouldBe(1);
        // Gap-free: the losers that got as far as numbering gave their numbers back.
        var numbersTaken = await fixture.Database.ScalarAsync<long>(
            $"SELECT coalesce(sum(next_value - 1), 0) FROM invoices.number_sequences WHERE tenant_id = '{fixture.TenantId}'");
        var numbered = await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.documents WHERE tenant_id = '{fixture.TenantId}' AND internal_number IS NOT NULL");
        numbersTaken.ShouldBe(numbered);
    }

    [Fact]
    public async Task UnknownSupplier_WhenCreatingPartiesIsOff_IsQueuedAsUnknown()
    {
        await fixture.ChangeSettingsAsync(s => s.AutoCreateParties = false);
        try
        {
            using var client = fixture.CreateConnectorClient();

            var document = await PushAsync(client, new InvoiceXml { SellerCvr = InvoiceXml.RandomDigits(8) });

            document.GetProperty("status").GetString().ShouldBe("in_progress");
            Codes(document).ShouldBe(["unknown-supplier"]);
            document.GetProperty("party").GetProperty("outcome").GetString().ShouldBe("unknown");
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.AutoCreateParties = true);
        }
    }

    [Fact]
    public async Task TwoSuppliersSharingACvr_TheOneWhoseIbanMatches_IsLinked()
    {
        using var client = fixture.CreateConnectorClient();
        var cvr = InvoiceXml.RandomDigits(8);
        var southIban = TestIban.NewDanish();
        await PutSupplierAsync(client, "dept-north-" + cvr, "Fisk Nord", cvr, TestIban.NewDanish(), "70101");
        var south = await PutSupplierAsync(client, "dept-south-" + cvr, "Fisk Syd", cvr, southIban, "70102");

        // The invoice's VAT id is not in the master data, so the CVR decides: two departments, then the bank account.
        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = southIban });

        document.GetProperty("status").GetString().ShouldBe("archived");
        document.GetProperty("party").GetProperty("id").GetString().ShouldBe(south);
        document.GetProperty("party").GetProperty("accountNumber").GetString().ShouldBe("70102");
        document.GetProperty("party").GetProperty("matchedBy").GetString().ShouldBe("iban");
    }

    [Fact]
    public async Task KnownSupplier_WithChangedBankDetails_IsQueuedWithTheWarning()
    {
        using var client = fixture.CreateConnectorClient();
        var cvr = InvoiceXml.RandomDigits(8);
        await PutSupplierAsync(client, "known-" + cvr, "Fisk Vest", cvr, TestIban.NewDanish(), "70201");

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = TestIban.NewDanish() });

        document.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(document).ShouldBe(["changed-bank-details"]);
        document.GetProperty("party").GetProperty("accountNumber").GetString().ShouldBe("70201");
    }

    private static async Task<string> PutSupplierAsync(HttpClient client, string externalId, string name, string cvr, string iban, string account)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/parties/{externalId}", new
        {
            kind = "supplier",
            name,
            registrationId = cvr,
            registrationScheme = "0184",
            ibans = new[] { iban },
            accountNumber = account,
        });
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

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
