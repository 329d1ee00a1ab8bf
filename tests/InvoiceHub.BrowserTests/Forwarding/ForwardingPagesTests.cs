using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.BrowserTests.Forwarding;

[Collection(ForwardingCollection.Name)]
public sealed class ForwardingPagesTests(ForwardingBrowserFixture fixture) : BrowserTest(fixture), IClassFixture<ForwardingBrowserFixture>
{
    [SmtpFact]
    public async Task SmtpDown_InvoiceAndDashboardShowTheSmtpError_RetryInThePageDeliversOnce()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await smtp.StopAsync();
        var page = await SignedInPageAsync();

        // The admin sets up the e-mail channel on the page and tests it while the server is down.
        await page.GotoAsync("/admin/forwarding");
        await page.CheckAsync("#Input_MailEnabled");
        await page.FillAsync("#Input_MailHost", "127.0.0.1");
        await page.FillAsync("#Input_MailPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#Input_MailTls", "None");
        await page.FillAsync("#Input_MailSender", "invoices@example.test");
        await page.FillAsync("#Input_MailRecipient", "accountant@example.test");
        await page.ClickAsync("#forwarding-submit");
        (await page.TextContentAsync("#notice"))!.ShouldContain("saved");
        await page.ClickAsync("#test-mail button");
        (await page.TextContentAsync("#test-problem"))!.ShouldContain("E-mail test failed");
        (await page.TextContentAsync("#test-mail"))!.ShouldContain("Failed");
        (await page.TextContentAsync("#test-mail .test-message"))!.ShouldContain($"127.0.0.1:{smtp.Port}");
        await ScreenshotAsync(page, "forwarding-settings");

        var documentId = await fixture.ArchiveAsync(new InvoiceXml { SellerName = "Nordsee Fisk ApS" });
        var failed = (await fixture.WaitForAsync(documentId, d => d.Count == 1 && d[0].Status == DeliveryStatus.ExportError)).Single();

        var response = await page.GotoAsync($"/documents/{documentId}");
        response!.Status.ShouldBe(200, await page.ContentAsync());
        var section = await page.TextContentAsync("#forwarding") ?? "";
        section.ShouldContain("export error");
        section.ShouldContain($"127.0.0.1:{smtp.Port}");
        await ScreenshotAsync(page, "forwarding-document-export-error");

        await page.GotoAsync("/");
        var card = await page.TextContentAsync("#export-errors") ?? "";
        card.ShouldContain(failed.InternalNumber);
        card.ShouldContain($"127.0.0.1:{smtp.Port}");
        await ScreenshotAsync(page, "forwarding-dashboard-export-error");

        await page.GotoAsync("/forwarding/failures");
        (await page.TextContentAsync("#failures"))!.ShouldContain(failed.InternalNumber);
        await ScreenshotAsync(page, "forwarding-failures");

        // The server is back: the retry on the invoice delivers it, once, under the same delivery id.
        await smtp.StartAgainAsync();
        await page.GotoAsync($"/documents/{documentId}");
        await page.ClickAsync("#forwarding button.retry");
        await page.WaitForURLAsync($"**/documents/{documentId}");
        (await page.TextContentAsync("#forwarding-notice"))!.ShouldContain("Sent again");
        var delivered = (await fixture.WaitForAsync(documentId, d => d.Single().Status == DeliveryStatus.Delivered)).Single();
        delivered.Id.ShouldBe(failed.Id);
        await page.ReloadAsync();
        (await page.TextContentAsync("#forwarding .delivery-status"))!.ShouldBe("delivered");
        await ScreenshotAsync(page, "forwarding-document-delivered");
        await Task.Delay(1000); // a second mail, if any job sent one, would have arrived by now
        smtp.Messages().ShouldHaveSingleItem().MessageId.ShouldBe($"{failed.Id:N}@invoicehub.forwarding");

        await page.GotoAsync("/forwarding/failures");
        (await page.IsVisibleAsync("#no-failures")).ShouldBeTrue();
    }

    [Fact]
    public async Task InvalidChannelSettings_MessagesBesideTheFieldsAndNothingSaved()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/admin/forwarding");
        await page.CheckAsync("#Input_WebhookEnabled");
        await page.FillAsync("#Input_WebhookUrl", "ftp://example.test/hook");
        await page.FillAsync("#Input_WebhookTimeoutSeconds", "600");
        await page.FillAsync("#Input_DatevConsultantNumber", "12");
        await page.ClickAsync("#forwarding-submit");

        (await page.TextContentAsync("[data-valmsg-for='Input.WebhookUrl']"))!.ShouldContain("https:// URL is required");
        (await page.TextContentAsync("[data-valmsg-for='Input.WebhookTimeoutSeconds']"))!.ShouldContain("From 1 to 60 seconds");
        (await page.TextContentAsync("[data-valmsg-for='Input.DatevConsultantNumber']"))!.ShouldContain("1001 to 9999999");
        (await page.InputValueAsync("#Input_WebhookUrl")).ShouldBe("ftp://example.test/hook");
        (await page.IsVisibleAsync("#form-errors")).ShouldBeTrue();
        await page.Locator("#webhook-channel").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "forwarding-settings-errors");

        await page.GotoAsync("/admin/forwarding");
        (await page.IsCheckedAsync("#Input_WebhookEnabled")).ShouldBeFalse("nothing was saved");
    }

    [Fact]
    public async Task Bookkeeper_SeesFailuresButNotTheChannelSettings()
    {
        const string email = "bookkeeper.forwarding@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, InvoiceHub.Accounts.Users.Roles.Bookkeeper);
        var page = await SignedInPageAsync(email, UsersForTests.Password);

        (await page.GotoAsync("/admin/forwarding"))!.Status.ShouldBe(403);
        (await page.GotoAsync("/forwarding/failures"))!.Status.ShouldBe(200);
    }
}
