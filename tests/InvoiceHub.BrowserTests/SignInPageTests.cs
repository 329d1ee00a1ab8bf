using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

public sealed class SignInPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_SignsInThroughTheForm_AndIsGreetedOnTheDashboard()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        page.Url.ShouldContain("/account/signin");
        await page.FillAsync("#Email", InvoiceHubApp.AdminEmail);
        await page.FillAsync("#Password", InvoiceHubApp.AdminPassword);
        await page.ClickAsync("#signin-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));

        (await page.TextContentAsync("#greeting")).ShouldBe("Welcome, Administrator");
        (await page.TextContentAsync("#tenant-name")).ShouldNotBeNull().ShouldContain("Default");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "dashboard.png") });
    }

    [Fact]
    public async Task WrongPassword_ShowsAnErrorAndStaysOnTheForm()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/signin");
        await page.FillAsync("#Email", "nobody@test.invoicehub.local");
        await page.FillAsync("#Password", "Not-the-password-1");
        await page.ClickAsync("#signin-submit");

        (await page.TextContentAsync("#signin-error")).ShouldBe("Wrong e-mail address or password.");
        page.Url.ShouldContain("/account/signin");
    }
}
