using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>The archive side of the workspace in a real browser: upload, archive search and CSV, intake log, follow-ups.</summary>
public sealed class ArchiveWorkspaceTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Upload_SeveralFiles_ShowsAResultPerFile_AndTheRefusedOneIsInTheIntakeLog()
    {
        var page = await SignedInPageAsync();
        var tag = "Upload" + InvoiceXml.RandomDigits(6);
        var good1 = await WriteAsync($"{tag}-1.xml", new InvoiceXml { ItemName = tag }.ToBytes());
        var good2 = await WriteAsync($"{tag}-2.xml", new InvoiceXml { ItemName = tag }.ToBytes());
        var bad = await WriteAsync($"{tag}-broken.xml", "<Invoice>not an invoice"u8.ToArray());

        await page.GotoAsync("/upload");
        await ScreenshotAsync(page, "upload");
        await page.SetInputFilesAsync("#files", [good1, good2, bad]);
        await page.SelectOptionAsync("#Direction", "purchase");
        await page.ClickAsync("#upload-submit");

        var rows = page.Locator("#upload-results tr.upload-result");
        (await rows.CountAsync()).ShouldBe(3);
        (await page.Locator("tr[data-outcome='stored']").CountAsync()).ShouldBe(2);
        var refused = page.Locator("tr[data-outcome='refused']");
        (await refused.TextContentAsync()).ShouldNotBeNull().ShouldContain($"{tag}-broken.xml");
        (await refused.TextContentAsync()).ShouldNotBeNull().ShouldContain("Unreadable document");
        (await page.Locator("tr[data-outcome='stored'] a[href^='/documents/']").CountAsync()).ShouldBe(2);
        await ScreenshotAsync(page, "upload-results");

        await page.GotoAsync("/intake-log");
        var entry = page.Locator("#intake-log tr.intake-refusal", new PageLocatorOptions { HasText = $"{tag}-broken.xml" });
        (await entry.CountAsync()).ShouldBe(1);
        (await entry.GetAttributeAsync("data-kind")).ShouldBe("unreadable");
        (await entry.TextContentAsync()).ShouldNotBeNull().ShouldContain(InvoiceHubApp.AdminEmail);
        await ScreenshotAsync(page, "intake-log");

        await page.GotoAsync("/intake-log?kind=duplicate");
        (await page.Locator("#intake-log tr.intake-refusal", new PageLocatorOptions { HasText = tag }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ArchiveSearch_FindsByNumberAndByFreeText_AndDownloadsTheResultAsCsv()
    {
        var page = await SignedInPageAsync();
        var tag = "Kupplung" + InvoiceXml.RandomDigits(6);
        var number = "AS-" + InvoiceXml.RandomDigits(7);
        await UploadAsync(page, new InvoiceXml { Number = number, ItemName = $"{tag} Scheibe", SellerName = "=HYPERLINK(\"x\") Werkstatt" });

        await page.GotoAsync($"/archive?number={number}");
        (await page.Locator("#archive-results tbody tr").CountAsync()).ShouldBe(1);
        (await page.TextContentAsync("#archive-results tbody")).ShouldNotBeNull().ShouldContain(number);
        (await page.InputValueAsync("#number")).ShouldBe(number);
        await ScreenshotAsync(page, "archive-by-number");

        await page.GotoAsync("/archive");
        await page.FillAsync("#q", tag.ToLowerInvariant()[..10]);
        await page.ClickAsync("#search-submit");
        (await page.Locator("#archive-results tbody tr").CountAsync()).ShouldBe(1);
        (await page.TextContentAsync("#archive-results tbody")).ShouldNotBeNull().ShouldContain(number);
        await ScreenshotAsync(page, "archive-free-text");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv-download"));
        download.SuggestedFilename.ShouldEndWith(".csv");
        var path = await download.PathAsync();
        // A byte order mark, so that spreadsheets read the file as UTF-8.
        (await File.ReadAllBytesAsync(path))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("internal_number,invoice_number");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(number);
        // A formula from a document stays text in a spreadsheet.
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"x\"\") Werkstatt\"");
    }

    [Fact]
    public async Task ArchiveSearch_MalformedFilters_AreNamedBesideTheFields_AndTheInputIsKept()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/archive?from=2026-02-30&to=2026-01-01&min=abc&max=" + new string('9', 40));

        (await page.TextContentAsync("#archive-search")).ShouldNotBeNull().ShouldContain("is not a date");
        (await page.TextContentAsync("#archive-search")).ShouldNotBeNull().ShouldContain("is not an amount");
        (await page.InputValueAsync("#min")).ShouldBe("abc");
        (await page.Locator("#archive-results").CountAsync()).ShouldBe(0);
        (await page.ContentAsync()).ShouldNotContain("Exception");
        await ScreenshotAsync(page, "archive-errors");

        // Once the values parse, the handler's own checks answer beside the fields the same way.
        await page.GotoAsync("/archive?from=2026-03-01&to=2026-02-01&number=" + new string('x', 300));
        (await page.TextContentAsync("#archive-search")).ShouldNotBeNull().ShouldContain("At most 200 characters");
        (await page.TextContentAsync("#archive-search")).ShouldNotBeNull().ShouldContain("The end date is before the start date.");
    }

    [Fact]
    public async Task FollowUp_OnAnInvoiceDueToday_IsListedAsDue_AndCanBeMarkedDone()
    {
        var page = await SignedInPageAsync();
        var number = "FU-" + InvoiceXml.RandomDigits(7);
        await UploadAsync(page, new InvoiceXml { Number = number });

        await page.GotoAsync("/follow-ups");
        await page.FillAsync("#Document", number);
        await page.FillAsync("#Input_DueOn", DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.FillAsync("#Input_Note", "Call the supplier <b>about</b> the credit note");
        await page.ClickAsync("#follow-up-save");

        var due = page.Locator("#due-follow-ups tbody tr", new PageLocatorOptions { HasText = number });
        (await due.CountAsync()).ShouldBe(1);
        (await due.TextContentAsync()).ShouldNotBeNull().ShouldContain("Call the supplier <b>about</b> the credit note");
        await ScreenshotAsync(page, "follow-ups");

        await due.Locator("button").ClickAsync();
        (await page.Locator("#due-follow-ups tbody tr", new PageLocatorOptions { HasText = number }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task FollowUp_MalformedInput_IsNamedBesideTheFields()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/follow-ups");
        await page.FillAsync("#Document", "NO-SUCH-NUMBER");
        await page.FillAsync("#Input_Note", "");
        await page.ClickAsync("#follow-up-save");

        (await page.TextContentAsync("#follow-up-form")).ShouldNotBeNull().ShouldContain("No document of this tenant has that number.");
        (await page.InputValueAsync("#Document")).ShouldBe("NO-SUCH-NUMBER");
        (await page.Locator("#follow-up-form .text-danger:not(:empty)").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        await ScreenshotAsync(page, "follow-ups-errors");
    }

    [Fact]
    public async Task Posts_WithoutTheAntiforgeryToken_AreRefused()
    {
        var page = await SignedInPageAsync();
        foreach (var path in new[] { "/upload", "/parties/new", "/follow-ups" })
        {
            var response = await page.APIRequest.PostAsync(path, new APIRequestContextOptions { Form = page.APIRequest.CreateFormData() });
            response.Status.ShouldBe(400, path);
        }
    }

    private static async Task UploadAsync(IPage page, InvoiceXml invoice)
    {
        var file = await WriteAsync($"{invoice.Number}.xml", invoice.ToBytes());
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#files", file);
        await page.SelectOptionAsync("#Direction", "purchase");
        await page.ClickAsync("#upload-submit");
        (await page.Locator("tr[data-outcome='stored']").CountAsync()).ShouldBe(1);
    }

    private static async Task<string> WriteAsync(string name, byte[] content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "invoicehub-upload-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }
}
