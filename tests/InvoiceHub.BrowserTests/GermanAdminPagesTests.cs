using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>An admin who chose German sees the reasons invoices wait, the admin and forwarding pages and their messages in German.</summary>
public sealed class GermanAdminPagesTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    [Fact]
    public async Task GermanAdmin_SeesReasonsAdminAndForwardingPagesInGerman_AndTheNavigationKeepsToOneLine()
    {
        var email = $"de-admin-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Admin);
        await fixture.PushAsync(new InvoiceXml { DueDate = null });
        var page = await SignedInPageAsync(email, UsersForTests.Password);
        await page.ClickAsync("#language-switcher button[value='de-DE']");
        await page.WaitForSelectorAsync("html[lang='de']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        await page.GotoAsync("/queue/purchase");
        (await page.TextContentAsync("#queue")).ShouldNotBeNull().ShouldContain("Das Fälligkeitsdatum fehlt.");
        // Every link of the main navigation on one line at 1280 px, the admin's longer one included.
        var tops = new HashSet<double>();
        foreach (var link in await page.Locator("nav.container-xl .nav-link").AllAsync())
        {
            tops.Add(Math.Round((await link.BoundingBoxAsync())!.Y));
        }

        tops.Count.ShouldBe(1);
        await ScreenshotAsync(page, "queue-purchase-admin-german");

        await page.GotoAsync("/admin/settings");
        (await page.TextContentAsync("h1")).ShouldBe("Mandanteneinstellungen");
        (await page.TextContentAsync("#bank-details")).ShouldNotBeNull().ShouldContain("Rechnung anhalten; nach Bestätigung durch eine Person hinterlegen");
        (await page.TextContentAsync("#account-numbers")).ShouldNotBeNull().ShouldContain("Kontonummern der Lieferanten und Kunden");
        await ScreenshotAsync(page, "admin-settings-german");

        await page.FillAsync("#Form_SupplierRangeFrom", "60000");
        await page.ClickAsync("#settings-submit");
        (await page.TextContentAsync("#account-numbers")).ShouldNotBeNull().ShouldContain("überschneidet sich mit dem der Kunden");
        (await page.InputValueAsync("#Form_SupplierRangeFrom")).ShouldBe("60000");
        await page.Locator("#account-numbers").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "admin-settings-german-errors");

        await page.GotoAsync("/admin/credentials");
        await page.FillAsync("#Username", "billing:system");
        await page.ClickAsync("#create-credential-submit");
        (await page.TextContentAsync("#create-credential")).ShouldNotBeNull().ShouldContain("keinen Doppelpunkt");
        (await page.InputValueAsync("#Username")).ShouldBe("billing:system");
        await ScreenshotAsync(page, "admin-credentials-german-error");

        await page.GotoAsync("/admin/users");
        (await page.TextContentAsync("#create-user-submit")).ShouldNotBeNull().Trim().ShouldBe("Benutzer anlegen");
        (await page.TextContentAsync("#users")).ShouldNotBeNull().ShouldContain("Eingangsrechnungen direkt ins Archiv importieren");
        await ScreenshotAsync(page, "admin-users-german");

        await page.GotoAsync("/admin/forwarding");
        (await page.TextContentAsync("h1")).ShouldBe("Weitergabe an die Steuerberatung");
        await ScreenshotAsync(page, "admin-forwarding-german");

        await page.GotoAsync("/forwarding/failures");
        (await page.TextContentAsync("h1")).ShouldBe("Exportfehler");
        await ScreenshotAsync(page, "forwarding-failures-german");
    }
}
