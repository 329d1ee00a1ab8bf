using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// The tenant's bank-details policy (product notes section 4) at intake and when a person confirms the bank details:
/// a first IBAN for a supplier without any is added at once, added once confirmed, or only flagged; a changed IBAN is
/// always flagged.
/// </summary>
public sealed class BankDetailsPolicyTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task NewIban_WhenThePolicyAddsAtOnce_IsAddedToTheSupplier_AndTheInvoiceIsArchived()
    {
        await fixture.ChangeSettingsAsync(s => s.NewBankDetails = NewBankDetailsPolicy.AddAtOnce);
        using var client = fixture.CreateConnectorClient();
        var (supplier, cvr) = await PutSupplierWithoutIbanAsync(client);
        var iban = TestIban.NewDanish();

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = iban });

        document.GetProperty("status").GetString().ShouldBe("archived");
        Codes(document).ShouldNotContain("changed-bank-details");
        (await IbansAsync(supplier)).ShouldBe([iban]);
        document.GetProperty("party").GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldContain(s => s!.Contains($"IBAN {iban} added"));
    }

    [Fact]
    public async Task NewIban_WhenThePolicyWaitsForConfirmation_IsFlagged_AndAddedOnceAPersonConfirmsIt()
    {
        await fixture.ChangeSettingsAsync(s => s.NewBankDetails = NewBankDetailsPolicy.AddOnConfirmation);
        using var client = fixture.CreateConnectorClient();
        var (supplier, cvr) = await PutSupplierWithoutIbanAsync(client);
        var iban = TestIban.NewDanish();

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = iban });

        document.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(document).ShouldBe(["changed-bank-details"]);
        (await IbansAsync(supplier)).ShouldBeEmpty();

        await ConfirmBankDetailsAsync(client, document);

        (await IbansAsync(supplier)).ShouldBe([iban]);
        (await AuditAsync(document)).ShouldContain($"IBAN {iban} added to the party");
    }

    [Fact]
    public async Task NewIban_WhenThePolicyOnlyFlags_IsFlagged_AndNeverAddedEvenWhenConfirmed()
    {
        await fixture.ChangeSettingsAsync(s => s.NewBankDetails = NewBankDetailsPolicy.Flag);
        using var client = fixture.CreateConnectorClient();
        var (supplier, cvr) = await PutSupplierWithoutIbanAsync(client);

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = TestIban.NewDanish() });

        document.GetProperty("status").GetString().ShouldBe("in_progress");
        Codes(document).ShouldBe(["changed-bank-details"]);
        await ConfirmBankDetailsAsync(client, document);
        (await IbansAsync(supplier)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(NewBankDetailsPolicy.AddAtOnce)]
    [InlineData(NewBankDetailsPolicy.AddOnConfirmation)]
    public async Task ChangedIban_WhateverThePolicy_IsFlagged_AndAddedBesideTheKnownOneOnlyOnceConfirmed(NewBankDetailsPolicy policy)
    {
        await fixture.ChangeSettingsAsync(s => s.NewBankDetails = policy);
        using var client = fixture.CreateConnectorClient();
        var known = TestIban.NewDanish();
        var (supplier, cvr) = await PutSupplierWithoutIbanAsync(client, known);
        var changed = TestIban.NewDanish();

        var document = await PushAsync(client, new InvoiceXml { SellerCvr = cvr, Iban = changed });

        Codes(document).ShouldBe(["changed-bank-details"]);
        (await IbansAsync(supplier)).ShouldBe([known]);
        await ConfirmBankDetailsAsync(client, document);
        (await IbansAsync(supplier)).ShouldBe([known, changed]);
    }

    private async Task<(string Id, string Cvr)> PutSupplierWithoutIbanAsync(HttpClient client, string? iban = null)
    {
        var cvr = InvoiceXml.RandomDigits(8);
        var response = await client.PutAsJsonAsync($"/api/v1/parties/bank-{cvr}", new
        {
            kind = "supplier",
            name = "Nordsee Fisk " + cvr, // shares a word with the invoice's seller name, or the match is a contradiction
            registrationId = cvr,
            registrationScheme = "0184",
            ibans = iban is null ? Array.Empty<string>() : [iban],
            accountNumber = "7" + InvoiceXml.RandomDigits(4),
        });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return ((await ReadAsync(response)).GetProperty("id").GetString()!, cvr);
    }

    // What the invoice form sends when the person ticks "I have checked the new bank details".
    private static async Task ConfirmBankDetailsAsync(HttpClient client, JsonElement document)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/documents/{document.GetProperty("id").GetString()}", new
        {
            invoiceNumber = document.GetProperty("invoiceNumber").GetString(),
            issueDate = document.GetProperty("issueDate").GetString(),
            currency = document.GetProperty("currency").GetString(),
            netAmount = document.GetProperty("netAmount").GetDecimal(),
            taxAmount = document.GetProperty("taxAmount").GetDecimal(),
            totalAmount = document.GetProperty("totalAmount").GetDecimal(),
            counterpartyName = document.GetProperty("counterpartyName").GetString(),
            partyId = document.GetProperty("party").GetProperty("id").GetString(),
            confirmBankDetails = true,
        });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private async Task<string[]> IbansAsync(string partyId) =>
        ((await fixture.Database.ScalarAsync<string>($"SELECT array_to_string(ibans, ',') FROM parties.parties WHERE id = '{partyId}'")) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries);

    private async Task<string> AuditAsync(JsonElement document) =>
        await fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(detail, ' | ') FROM invoices.audit_trail WHERE document_id = '{document.GetProperty("id").GetString()}'") ?? "";

    private static async Task<JsonElement> PushAsync(HttpClient client, InvoiceXml invoice)
    {
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
