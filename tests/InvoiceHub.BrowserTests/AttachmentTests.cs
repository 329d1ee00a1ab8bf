using System.Text;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>Files a bookkeeper adds to an invoice (delivery notes): kept beside the original, audited, typed by their bytes.</summary>
public sealed class AttachmentTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task DeliveryNote_IsAttached_Downloaded_AndBothAreInTheHistory()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await page.SetInputFilesAsync("#attachment-file", new FilePayload { Name = "../../etc/Lieferschein <i>4711.pdf", MimeType = "application/pdf", Buffer = _pdf });
        await page.ClickAsync("#attach");
        await page.WaitForURLAsync($"**/documents/{id}");

        var link = page.Locator("#attachment-list a");
        (await link.CountAsync()).ShouldBe(1);
        // No path, no markup in a file name, and the name keeps the extension of what the file is.
        (await link.TextContentAsync()).ShouldBe("Lieferschein _i_4711.pdf");
        (await page.Locator("#attachment-list i").CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "document-form-attachment");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        (await File.ReadAllBytesAsync((await download.PathAsync())!)).ShouldBe(_pdf);
        download.SuggestedFilename.ShouldEndWith(".pdf");

        await page.ReloadAsync();
        var history = await page.TextContentAsync("#history") ?? "";
        history.ShouldContain("attachment-added");
        history.ShouldContain("read-attachment");
    }

    [Fact]
    public async Task HtmlNamedPdf_EmptyFile_AndNoFile_AreRefusedBesideTheField_AndNothingIsAdded()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");

        var cases = new (FilePayload? File, string Message)[]
        {
            (new FilePayload { Name = "note.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>") }, "Only PDF, PNG, JPEG and TIFF"),
            (new FilePayload { Name = "empty.pdf", MimeType = "application/pdf", Buffer = [] }, "empty"),
            (null, "Choose a file"),
        };
        foreach (var (file, message) in cases)
        {
            if (file is not null)
            {
                await page.SetInputFilesAsync("#attachment-file", file);
            }

            await page.ClickAsync("#attach");
            (await page.TextContentAsync("#attachment-error")).ShouldNotBeNull().ShouldContain(message);
            (await page.Locator("#attachment-list a").CountAsync()).ShouldBe(0);
            (await page.ContentAsync()).ShouldNotContain("<script>alert(1)");
        }

        await ScreenshotAsync(page, "document-form-attachment-refused");
    }
}
