using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>
/// Base of page tests: browser contexts at 1280x800 that sign in through the real form, and screenshots saved under
/// the test output's <c>screenshots/</c> folder (look at them). Contexts are closed when the test ends.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture => fixture;

    protected InvoiceHubApp App => fixture.App;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A fresh browser session (own cookies) that is not signed in.</summary>
    protected async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = locale,
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh session signed in through the sign-in form; the admin unless another user is given.</summary>
    protected async Task<IPage> SignedInPageAsync(string email = InvoiceHubApp.AdminEmail, string password = InvoiceHubApp.AdminPassword)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email, password);
        return page;
    }

    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    /// <summary>Saves a full-window 1280x800 screenshot as <c>screenshots/{name}.png</c> and returns its path.</summary>
    /// <summary>Playwright's retrying assertions (they wait for htmx answers instead of sleeping).</summary>
    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Makes an existing user a member of one more tenant, with the role they have in their first (they see it after their next sign-in).</summary>
    protected async Task AddMembershipAsync(string email, Guid tenantId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
        var role = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.Role).FirstAsync();
        db.Memberships.Add(new TenantMembership { TenantId = tenantId, UserId = user.Id, Role = role });
        await db.SaveChangesAsync();
    }
}
