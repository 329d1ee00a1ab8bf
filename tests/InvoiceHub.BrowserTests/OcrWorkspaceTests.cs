using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>
/// End to end: a scanned invoice pushed to the connector is recognised by the OCR job, waits in the purchase queue
/// with its fields filled and its supplier linked by IBAN, and a bookkeeper archives it in the browser.
/// </summary>
public sealed class OcrWorkspaceTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    [ScanFact]
    public async Task ScannedInvoice_IsQueuedWithFieldsAndSupplier_AndTheBookkeeperArchivesIt()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", fixture.Credential.ApiKey);
        var supplier = await client.PutAsJsonAsync("/api/v1/parties/elektron", new
        {
            kind = "supplier",
            name = "ELEKTRON Industrieservice GmbH",
            accountNumber = "70123",
            ibans = new[] { ScannedInvoice.ElektronIban },
        });
        supplier.IsSuccessStatusCode.ShouldBeTrue(await supplier.Content.ReadAsStringAsync());
        var body = new ByteArrayContent(await ScannedInvoice.MakeAsync(ScannedInvoice.Elektron, degrees: -1.2));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/tiff");

        var pushed = await client.PostAsync("/api/v1/documents", body);

        pushed.StatusCode.ShouldBe(HttpStatusCode.Accepted, await pushed.Content.ReadAsStringAsync());
        var id = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetGuid();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        string? status;
        do
        {
            await Task.Delay(500);
            status = (await client.GetFromJsonAsync<JsonElement>(pushed.Headers.Location!.ToString())).GetProperty("status").GetString();
        }
        while (status == "pending" && DateTime.UtcNow < deadline);
        status.ShouldBe("done");

        var page = await SignedInPageAsync();
        await page.GotoAsync("/queue/purchase");
        var row = page.Locator("#queue tbody tr", new PageLocatorOptions { HasText = ScannedInvoice.ElektronNumber });
        (await row.TextContentAsync()).ShouldNotBeNull().ShouldContain("ocr-review");
        await ScreenshotAsync(page, "ocr-queue-purchase");

        await row.Locator($"a[href='/documents/{id}']").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}");
        (await page.InputValueAsync("#Input_InvoiceNumber")).ShouldBe(ScannedInvoice.ElektronNumber);
        (await page.InputValueAsync("#Input_IssueDate")).ShouldBe("2024-11-15");
        (await page.InputValueAsync("#Input_TotalAmount")).ShouldBe("300.00");
        (await page.InputValueAsync("#Input_CounterpartyName")).ShouldBe("ELEKTRON Industrieservice GmbH");
        (await page.TextContentAsync("#matching")).ShouldNotBeNull().ShouldContain("(iban)");
        (await page.Locator("#recognized-fields tr[data-field='iban']").TextContentAsync()).ShouldNotBeNull().ShouldContain(ScannedInvoice.ElektronIban);
        await ScreenshotAsync(page, "ocr-document-form");

        // The scan's page is shown beside the form with the recognised fields' boxes over it; choosing a field shows its box.
        var image = page.Locator("#original-page-image");
        await image.EvaluateAsync("i => i.complete ? null : new Promise(r => i.addEventListener('load', r, { once: true }))");
        (await image.EvaluateAsync<int>("i => i.naturalWidth")).ShouldBeGreaterThan(1000);
        (await page.Locator(".ocr-boxes.current rect.ocr-box").CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        await page.ClickAsync("#recognized-fields a[data-ocr-field='iban']");
        var box = page.Locator("#ocr-box-iban");
        // The IBAN is on page 2, whose image the server renders on first request: seconds on a busy machine.
        await Expect(box).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"), new() { Timeout = 30_000 });
        await Expect(box).ToBeInViewportAsync();
        // The page shown is the one the IBAN was recognised on (its visualisation prints it on page 2), and the box lies on it.
        var ibanPage = (await page.Locator("#recognized-fields tr[data-field='iban'] td").Last.TextContentAsync())!.Trim();
        ibanPage.ShouldBe("2");
        await Expect(page.Locator("#page-number")).ToHaveTextAsync($"Page {ibanPage} of 2");
        var pageArea = (await image.BoundingBoxAsync()).ShouldNotBeNull();
        var ibanArea = (await box.BoundingBoxAsync()).ShouldNotBeNull();
        ibanArea.X.ShouldBeGreaterThanOrEqualTo(pageArea.X);
        (ibanArea.X + ibanArea.Width).ShouldBeLessThanOrEqualTo(pageArea.X + pageArea.Width + 1);
        ibanArea.Y.ShouldBeGreaterThanOrEqualTo(pageArea.Y);
        (ibanArea.Y + ibanArea.Height).ShouldBeLessThanOrEqualTo(pageArea.Y + pageArea.Height + 1);
        ibanArea.Width.ShouldBeGreaterThan(ibanArea.Height);
        (await image.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 1000 && i.src.endsWith('n=2')")).ShouldBeTrue();
        await ScreenshotAsync(page, "ocr-document-form-iban-box");
        // The form's own mark beside a recognised field leads to the same place.
        await page.ClickAsync("#ocr-mark-invoiceNumber");
        await Expect(page.Locator("#ocr-box-invoiceNumber")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Expect(box).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await page.GotoAsync($"/documents/{id}");

        // The visualisation says "payable immediately" and prints no due date; this tenant requires one.
        if (string.IsNullOrEmpty(await page.InputValueAsync("#Input_DueDate")))
        {
            await page.FillAsync("#Input_DueDate", "2024-11-15");
        }

        // What OCR left empty (it says so in the reasons) the bookkeeper fills in from the original.
        if (string.IsNullOrEmpty(await page.InputValueAsync("#Input_Currency")))
        {
            (await page.TextContentAsync("#reasons")).ShouldNotBeNull().ShouldContain("currency");
            await page.FillAsync("#Input_Currency", "EUR");
        }

        await page.ClickAsync("#archive");
        await Expect(page.Locator("#document-status")).ToHaveTextAsync("archived");
        (await page.TextContentAsync("#internal-number")).ShouldNotBeNull().ShouldStartWith("ER-");
        (await page.TextContentAsync("#history")).ShouldNotBeNull().ShouldContain("recognized");
        await ScreenshotAsync(page, "ocr-document-archived");

        var archived = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
        archived.GetProperty("status").GetString().ShouldBe("archived");
        archived.GetProperty("party").GetProperty("accountNumber").GetString().ShouldBe("70123");
    }
}
