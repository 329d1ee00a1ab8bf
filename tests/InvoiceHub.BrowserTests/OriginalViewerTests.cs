using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>
/// The original beside the invoice form: the rendering of invoice XML, the page images of a PDF with page turning (with
/// and without script), and the files embedded in an invoice.
/// </summary>
public sealed class OriginalViewerTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    private static readonly byte[] _deliveryNote = Encoding.ASCII.GetBytes("%PDF-1.4\n% delivery note 4711\n%%EOF\n");

    [Fact]
    public async Task XmlInvoice_RenderingIsBesideTheForm_AndItsEmbeddedFileDownloads()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml
        {
            DueDate = null,
            ItemName = "Smoked herring <b>fresh</b>",
            Attachments = [("application/pdf", "Lieferschein 4711.pdf", _deliveryNote)],
        });
        var page = await SignedInPageAsync();

        await page.GotoAsync($"/documents/{id}");

        var rendering = page.Locator("#original-rendering");
        await Expect(rendering).ToBeVisibleAsync();
        (await rendering.TextContentAsync()).ShouldNotBeNull().ShouldContain("Smoked herring <b>fresh</b>");
        (await page.Locator("#original-rendering b").CountAsync()).ShouldBe(0);
        await ShouldBeBesideTheFormAsync(page, "#original-pane");
        await ScreenshotAsync(page, "document-form-original-xml");

        var link = page.Locator("#embedded-list a");
        (await link.TextContentAsync()).ShouldBe("Lieferschein 4711.pdf");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        (await File.ReadAllBytesAsync((await download.PathAsync())!)).ShouldBe(_deliveryNote);
        download.SuggestedFilename.ShouldBe("Lieferschein 4711.pdf");
        await page.ReloadAsync();
        (await page.TextContentAsync("#history")).ShouldNotBeNull().ShouldContain("read-attachment-1");
    }

    [CorpusPdfFact]
    public async Task ZugferdPdf_PageImageIsBesideTheForm_AndPagesTurn()
    {
        var id = await PushPdfAsync("EN16931_Einfach");
        var page = await SignedInPageAsync();

        await page.GotoAsync($"/documents/{id}");

        var image = page.Locator("#original-page-image");
        await Expect(image).ToBeVisibleAsync();
        (await NaturalWidthAsync(image)).ShouldBeGreaterThan(1000);
        (await page.TextContentAsync("#page-number")).ShouldBe("Page 1 of 2");
        await ShouldBeBesideTheFormAsync(page, "#original-pane");
        await ScreenshotAsync(page, "document-form-original-pdf");

        var viewsBefore = await ViewsAsync(id);
        await page.ClickAsync("#page-next");
        await Expect(page.Locator("#page-number")).ToHaveTextAsync("Page 2 of 2");
        (await image.GetAttributeAsync("src")).ShouldNotBeNull().ShouldEndWith("n=2");
        await page.WaitForFunctionAsync("() => { const i = document.getElementById('original-page-image'); return i.complete && i.naturalWidth > 1000; }");
        await Expect(page.Locator("#page-next")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("disabled"));
        // Turning a page does not reload the form (each load of which is a recorded view).
        (await ViewsAsync(id)).ShouldBe(viewsBefore);
        await ScreenshotAsync(page, "document-form-original-pdf-page-2");

        await page.ClickAsync("#page-previous");
        await Expect(page.Locator("#page-number")).ToHaveTextAsync("Page 1 of 2");
    }

    [CorpusPdfFact]
    public async Task ZugferdPdf_WithoutScript_PagesTurnByLinks()
    {
        var id = await PushPdfAsync("EN16931_Elektron");
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            JavaScriptEnabled = false,
        });
        try
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
            await page.GotoAsync($"/documents/{id}");

            await page.ClickAsync("#page-next");

            await page.WaitForURLAsync($"**/documents/{id}?p=2#original-pane");
            (await page.TextContentAsync("#page-number")).ShouldBe("Page 2 of 2");
            (await page.GetAttributeAsync("#original-page-image", "src")).ShouldNotBeNull().ShouldEndWith("n=2");
            (await NaturalWidthAsync(page.Locator("#original-page-image"))).ShouldBeGreaterThan(1000);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    // On a 1280 px wide window the original is a column to the right of the form, level with its top.
    private static async Task ShouldBeBesideTheFormAsync(IPage page, string selector)
    {
        var form = (await page.Locator("#invoice-form").BoundingBoxAsync()).ShouldNotBeNull();
        var original = (await page.Locator(selector).BoundingBoxAsync()).ShouldNotBeNull();
        original.X.ShouldBeGreaterThanOrEqualTo(form.X + form.Width);
        original.Y.ShouldBeLessThan(form.Y + 400);
        original.Width.ShouldBeGreaterThan(400);
        form.Width.ShouldBeGreaterThan(600);
    }

    private static async Task<int> NaturalWidthAsync(ILocator image)
    {
        await image.EvaluateAsync("i => i.complete ? null : new Promise(r => i.addEventListener('load', r, { once: true }))");
        return await image.EvaluateAsync<int>("i => i.naturalWidth");
    }

    private Task<long> ViewsAsync(Guid id) =>
        Fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{id}' AND action = 'viewed'");

    private async Task<Guid> PushPdfAsync(string name)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", fixture.Credential.ApiKey);
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(ScannedInvoice.CorpusPdf(name)!));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var response = await client.PostAsync("/api/v1/documents?direction=purchase", content);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
