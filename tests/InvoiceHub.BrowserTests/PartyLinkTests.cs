using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>The invoice form's supplier: search as you type over the master data, link by hand, dates from the party's payment terms.</summary>
public sealed class PartyLinkTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    [Fact]
    public async Task SupplierFoundBySearchAsYouType_IsLinkedByHand_AndItsPaymentTermsSetTheDates()
    {
        var tag = InvoiceXml.RandomDigits(6);
        var account = "7" + InvoiceXml.RandomDigits(4);
        var partyId = await PutPartyAsync($"S-{tag}", new
        {
            kind = "supplier",
            name = $"Fjordfisk {tag} Handel",
            accountNumber = account,
            paymentTerms = new { daysNet = 30, cashDiscountDays = 10, cashDiscountPercent = 2m },
        });
        // The invoice names its seller differently, so intake cannot link the master-data supplier.
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null, SellerName = $"FF {tag} ApS", IssueDate = "2026-11-02" });

        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await page.FillAsync("#party-term", $"fjordfisk {tag}");
        var choice = page.Locator($"#party-choices input[value='{partyId}']");
        await Expect(choice).ToBeVisibleAsync();
        (await page.TextContentAsync("#party-choices")).ShouldNotBeNull().ShouldContain(account);
        await ScreenshotAsync(page, "document-form-party-search");

        await choice.CheckAsync();
        await page.ClickAsync("#save");
        await page.WaitForURLAsync($"**/documents/{id}?saved=True");
        (await page.Locator("#Input_DueDate").InputValueAsync()).ShouldBe("2026-12-02");
        (await page.Locator("#Input_CashDiscountDate").InputValueAsync()).ShouldBe("2026-11-12");
        (await page.Locator($"#party-choices input[value='{partyId}']").IsCheckedAsync()).ShouldBeTrue();
        (await page.TextContentAsync("#payment-terms")).ShouldNotBeNull().ShouldContain("30");
        (await page.TextContentAsync("#matching")).ShouldNotBeNull().ShouldContain("by hand");
        string.Concat(await page.Locator("#reasons").AllTextContentsAsync()).ShouldNotContain("missing-due-date");
        await ScreenshotAsync(page, "document-form-party-linked");
    }

    [Fact]
    public async Task SearchWithoutMatch_SaysSo_AndAPartyOfAnotherKindIsRefusedBesideTheField()
    {
        var tag = InvoiceXml.RandomDigits(6);
        var customerId = await PutPartyAsync($"C-{tag}", new { kind = "customer", name = $"Kunde {tag}", accountNumber = "1" + InvoiceXml.RandomDigits(4) });
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });

        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await page.FillAsync("#party-term", $"nosuchparty{tag}");
        await Expect(page.Locator("#no-party")).ToBeVisibleAsync();
        // A customer is no supplier of a purchase invoice (the search never offers it, an API client may still send it).
        (await page.Locator("#party-choices input").CountAsync()).ShouldBe(0);
        await page.FillAsync("#party-term", $"Kunde {tag}");
        await Expect(page.Locator("#no-party")).ToBeVisibleAsync();

        var api = await page.APIRequest.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions { DataObject = new { partyId = customerId, currency = "EUR" } });
        api.Status.ShouldBe(422);
        using var problem = JsonDocument.Parse(await api.TextAsync());
        problem.RootElement.GetProperty("errors").GetProperty("partyId")[0].GetString().ShouldNotBeNull().ShouldContain("no supplier");
    }

    [Fact]
    public async Task UnknownSupplier_IsCreatedFromTheInvoice_InTheForm_AndLinkedOnce()
    {
        // This class has its own fixture (tenant); intake here leaves unknown suppliers unknown.
        await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.AutoCreateParties = false);
        var tag = InvoiceXml.RandomDigits(6);
        var (id, _) = await fixture.PushAsync(new InvoiceXml { SellerName = $"Havbrug {tag} A/S" });

        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        (await page.TextContentAsync("#reasons")).ShouldNotBeNull().ShouldContain("unknown-supplier");
        await page.FillAsync("#Input_Remarks", "typed before creating the party");
        await page.ClickAsync("#create-party");
        await page.WaitForURLAsync($"**/documents/{id}?saved=True");

        var linked = page.Locator("#party-choices input[name='Input.PartyId']");
        (await linked.IsCheckedAsync()).ShouldBeTrue();
        (await page.TextContentAsync("#party-choices")).ShouldNotBeNull().ShouldContain($"Havbrug {tag} A/S");
        (await page.TextContentAsync("#matching")).ShouldNotBeNull().ShouldContain("created from the invoice");
        string.Concat(await page.Locator("#reasons").AllTextContentsAsync()).ShouldNotContain("unknown-supplier");
        (await page.Locator("#Input_Remarks").InputValueAsync()).ShouldBe("typed before creating the party");
        (await page.Locator("#create-party").CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "document-form-party-created");

        var again = await page.APIRequest.PostAsync($"/api/v1/documents/{id}/party");
        again.Status.ShouldBe(422);
        (await again.TextAsync()).ShouldContain("already linked");
        await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.AutoCreateParties = true);
    }

    private async Task<Guid> PutPartyAsync(string externalId, object body)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", fixture.Credential.ApiKey);
        var response = await client.PutAsJsonAsync($"/api/v1/parties/{externalId}", body);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
