using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>/parties and /parties/{id} in a real browser: create, refuse malformed input, edit, merge a duplicate.</summary>
public sealed class PartyPagesTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NewParty_MalformedInput_IsNamedBesideTheFields_AndKept()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/parties/new");
        await page.FillAsync("#Input_Name", new string('N', 250));
        await page.EvalOnSelectorAsync("#Input_Name", "e => e.removeAttribute('maxlength')");
        await page.FillAsync("#Input_Name", new string('N', 250));
        await page.FillAsync("#Input_DaysNet", "abc");
        await page.FillAsync("#Input_DiscountPercent", "-5");
        await page.FillAsync("#Input_VatId", "XX");
        await page.FillAsync("#Input_Gln", "1234567890123");
        await page.ClickAsync("#party-save");

        (await page.Locator("#Input_Name + .text-danger").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("#Input_DaysNet + .text-danger").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("#Input_DiscountPercent + .text-danger").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.InputValueAsync("#Input_DaysNet")).ShouldBe("abc");
        (await page.InputValueAsync("#Input_VatId")).ShouldBe("XX");
        (await page.ContentAsync()).ShouldNotContain("Exception");
        await ScreenshotAsync(page, "party-new-errors");
    }

    [Fact]
    public async Task Party_CreatedEditedAndMergedWithItsDuplicate_TakesTheDuplicatesDocuments()
    {
        var page = await SignedInPageAsync();
        var name = "Merge Test " + InvoiceXml.RandomDigits(5);
        var survivor = await CreateAsync(page, name, "");
        await page.FillAsync("#Input_City", "Flensburg");
        await page.ClickAsync("#party-save");
        (await page.TextContentAsync("#party-message")).ShouldNotBeNull().ShouldContain("saved");
        (await page.InputValueAsync("#Input_City")).ShouldBe("Flensburg");

        // The duplicate, as intake would create it from an invoice: a supplier with an IBAN and a document.
        var iban = "DE89370400440532013000";
        var duplicateName = name + " (dup)";
        await page.GotoAsync("/upload");
        var file = Path.Combine(Path.GetTempPath(), $"merge-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(file, new InvoiceXml { SellerName = duplicateName, Iban = null }.ToBytes());
        await page.SetInputFilesAsync("#files", file);
        await page.SelectOptionAsync("#Direction", "purchase");
        await page.ClickAsync("#upload-submit");
        (await page.Locator("tr[data-outcome='stored']").CountAsync()).ShouldBe(1);

        await page.GotoAsync($"/parties?q={Uri.EscapeDataString(duplicateName)}");
        await page.ClickAsync($"#parties a:text-is('{duplicateName}')");
        var duplicateUrl = page.Url;
        await page.FillAsync("#Input_Ibans", iban);
        await page.ClickAsync("#party-save");
        var duplicateId = duplicateUrl[(duplicateUrl.LastIndexOf('/') + 1)..];
        await ScreenshotAsync(page, "party-detail");

        await page.GotoAsync($"/parties/{survivor}");
        await page.FillAsync("#MergeFrom", duplicateId);
        await page.ClickAsync("#merge-submit");
        (await page.TextContentAsync("#party-message")).ShouldNotBeNull().ShouldContain("1 document(s) moved");
        (await page.InputValueAsync("#Input_Ibans")).ShouldContain(iban);
        await ScreenshotAsync(page, "party-merged");

        (await page.GotoAsync($"/parties/{duplicateId}"))!.Status.ShouldBe(404);
        await page.GotoAsync($"/archive?party={survivor}");
        (await page.Locator("#archive-results tbody tr").CountAsync()).ShouldBe(1);

        await page.GotoAsync($"/parties?q={Uri.EscapeDataString(name)}");
        (await page.Locator("#parties tbody tr").CountAsync()).ShouldBe(1);
        await ScreenshotAsync(page, "parties");
    }

    [Fact]
    public async Task Merge_WithAnUnknownParty_IsNamedBesideTheField()
    {
        var page = await SignedInPageAsync();
        var id = await CreateAsync(page, "Lonely " + InvoiceXml.RandomDigits(5), "");
        await page.FillAsync("#MergeFrom", "no-such-account");
        await page.ClickAsync("#merge-submit");
        (await page.TextContentAsync("#merge-form")).ShouldNotBeNull().ShouldContain("No party of this tenant");
        (await page.InputValueAsync("#MergeFrom")).ShouldBe("no-such-account");
        page.Url.ShouldContain(id);
    }

    private static async Task<string> CreateAsync(IPage page, string name, string accountNumber)
    {
        await page.GotoAsync("/parties/new");
        await page.FillAsync("#Input_Name", name);
        await page.FillAsync("#Input_AccountNumber", accountNumber);
        await page.FillAsync("#Input_DaysNet", "30");
        await page.ClickAsync("#party-save");
        await page.WaitForURLAsync(url => !url.EndsWith("/parties/new", StringComparison.Ordinal));
        (await page.TextContentAsync("#party-name")).ShouldBe(name);
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }
}
