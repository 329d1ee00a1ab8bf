using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

public sealed class LayoutTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task UserOfTwoTenants_SwitchesTenant_AndTheChoiceIsKeptAfterSigningInAgain()
    {
        var email = $"two-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);
        var second = await CreateTenantAsync("Zeta Handel GmbH");
        await AddMembershipAsync(email, second);

        var page = await SignedInPageAsync(email, UsersForTests.Password);
        (await page.InputValueAsync("#tenant-select")).ShouldNotBe(second.ToString());
        await page.SelectOptionAsync("#tenant-select", second.ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.InputValueAsync("#tenant-select")).ShouldBe(second.ToString());
        await ScreenshotAsync(page, "layout-tenant-switcher");

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await SignInAsync(page, email, UsersForTests.Password);
        (await page.InputValueAsync("#tenant-select")).ShouldBe(second.ToString());
    }

    [Fact]
    public async Task German_WhenChosen_RendersTheGermanUi_AndIsKeptForTheUser()
    {
        var email = $"de-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);

        var page = await SignedInPageAsync(email, UsersForTests.Password);
        (await page.TextContentAsync("nav")).ShouldNotBeNull().ShouldContain("Dashboard");
        await page.ClickAsync("#language-switcher button[value='de-DE']");
        await page.WaitForSelectorAsync("html[lang='de']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        (await page.TextContentAsync("nav")).ShouldNotBeNull().ShouldContain("Übersicht");
        (await page.TextContentAsync("#sign-out")).ShouldBe("Abmelden");
        await ScreenshotAsync(page, "layout-german");

        // Another browser, the same person: the language comes with them.
        var elsewhere = await SignedInPageAsync(email, UsersForTests.Password);
        (await elsewhere.GetAttributeAsync("html", "lang")).ShouldBe("de");
    }

    [Fact]
    public async Task Accountant_SeesReadOnlyBadge_AndNoUploadOrAdminLinks()
    {
        var email = $"acc-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Accountant);

        var page = await SignedInPageAsync(email, UsersForTests.Password);
        (await page.TextContentAsync("#signed-in-user")).ShouldNotBeNull().ShouldContain("Read-only access");
        (await page.Locator("nav a[href='/upload']").CountAsync()).ShouldBe(0);
        (await page.Locator("nav a[href='/admin']").CountAsync()).ShouldBe(0);
        (await page.Locator("nav a[href='/queue/purchase']").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Admin_SeesAdminLinks_AndTheTenantName()
    {
        var page = await SignedInPageAsync();
        (await page.Locator("nav a[href='/admin']").CountAsync()).ShouldBe(1);
        (await page.Locator("nav a[href='/upload']").CountAsync()).ShouldBe(1);
        (await page.TextContentAsync("#tenant-name")).ShouldNotBeNull().ShouldContain("Default");
        await ScreenshotAsync(page, "layout-admin");
    }

    [Fact]
    public async Task SwitchingToATenantTheUserDoesNotBelongTo_IsNotFound()
    {
        var page = await SignedInPageAsync();
        var foreign = await CreateTenantAsync("Foreign AG");
        var token = await page.GetAttributeAsync("#language-switcher input[name='__RequestVerificationToken']", "value");
        var response = await page.APIRequest.PostAsync("/preferences?handler=Tenant", new APIRequestContextOptions
        {
            Form = page.APIRequest.CreateFormData().Set("tenantId", foreign.ToString()).Set("__RequestVerificationToken", token!),
            MaxRedirects = 0,
        });
        response.Status.ShouldBe(404);
    }

    private async Task<Guid> CreateTenantAsync(string name)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var tenant = new Tenant { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.TenantSet.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }
}
