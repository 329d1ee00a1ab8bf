using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

public sealed class ApiReferencePageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ReferencePage_LoadsNothingFromOutsideTheApp_AndOffersTheApiKeyScheme()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync("/api/reference", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByText("InvoiceHub API").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "api-reference.png") });

        var origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        requested.ShouldNotBeEmpty();
        requested.Where(url => !url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)
                && !url.StartsWith("blob:", StringComparison.Ordinal))
            .ShouldBeEmpty();
        (await page.ContentAsync()).ShouldContain("X-Api-Key");
    }
}
