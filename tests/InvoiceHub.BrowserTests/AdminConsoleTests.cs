using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.BrowserTests;

/// <summary>An admin sets up a tenant in the browser, and everything they set up works: user, key, settings, lock, audit.</summary>
public sealed class AdminConsoleTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_SetsUpATenantWithAUserAKeyAndSettings_AndEachStepWorksAndIsAudited()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenantName = $"Acme {suffix}";
        var vatId = "DE9" + InvoiceXml.RandomDigits(8);
        var email = $"bea-{suffix}@acme.example";
        var admin = await SignedInPageAsync();

        // A tenant with its own VAT id, and the admin works in it.
        await admin.GotoAsync("/admin/tenants");
        await admin.FillAsync("#NewName", tenantName);
        await admin.ClickAsync("#create-tenant-submit");
        (await admin.TextContentAsync("#notice")).ShouldNotBeNull().ShouldContain(tenantName);
        var row = admin.Locator($"tr[data-tenant='{tenantName}']");
        await row.Locator("input[name=RowIdentifiers]").FillAsync(vatId);
        await row.Locator("form:has(input[name=RowIdentifiers]) button").ClickAsync();
        (await admin.TextContentAsync("#notice")).ShouldNotBeNull().ShouldContain("Own identifiers saved");
        await admin.Locator($"tr[data-tenant='{tenantName}'] form:has(button:text('Work in this tenant')) button").ClickAsync();
        (await admin.Locator($"tr[data-tenant='{tenantName}'] .badge").TextContentAsync()).ShouldBe("current");
        await ScreenshotAsync(admin, "admin-tenants");
        var tenantId = await Fixture.Database.ScalarAsync<Guid>($"SELECT id FROM accounts.tenants WHERE name = '{tenantName}'");

        // A Bookkeeper with the purchase archive permission and a one-time password.
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#New_Email", email);
        await admin.FillAsync("#New_DisplayName", "Bea Bookkeeper");
        await admin.SelectOptionAsync("#New_Role", "Bookkeeper");
        await admin.CheckAsync("input[name='New.Permissions'][value='invoices.import-purchase-into-archive']");
        await admin.ClickAsync("#create-user-submit");
        var oneTimePassword = (await admin.TextContentAsync("#otp"))!.Trim();
        (await admin.Locator($"tr[data-email='{email}']").TextContentAsync()).ShouldNotBeNull().ShouldContain("one-time password");
        await ScreenshotAsync(admin, "admin-users");

        // An API credential, its key shown once with a curl line.
        await admin.GotoAsync("/admin/credentials");
        await admin.FillAsync("#Username", $"acme-billing-{suffix}");
        await admin.ClickAsync("#create-credential-submit");
        var key = (await admin.TextContentAsync("#api-key"))!.Trim();
        key.ShouldStartWith("ihk_");
        (await admin.TextContentAsync("#curl-line")).ShouldNotBeNull().ShouldContain("/api/v1/connector/whoami");
        await ScreenshotAsync(admin, "admin-credentials");
        await admin.ReloadAsync();
        (await admin.ContentAsync()).ShouldNotContain(key); // shown once

        // The new user signs in with the one-time password, must change it, then sees only that tenant.
        var user = await NewPageAsync();
        await SignInAsync(user, email, oneTimePassword);
        await user.GotoAsync("/");
        user.Url.ShouldEndWith("/account");
        (await user.TextContentAsync("#must-change")).ShouldNotBeNull();
        await ScreenshotAsync(user, "account-must-change");
        await user.FillAsync("#CurrentPassword", oneTimePassword);
        await user.FillAsync("#NewPassword", "Bea-Own-Password-42");
        await user.FillAsync("#ConfirmPassword", "Bea-Own-Password-42");
        await user.ClickAsync("#password-submit");
        (await user.TextContentAsync("#notice")).ShouldBe("Your password is changed.");
        await user.GotoAsync("/");
        user.Url.ShouldNotEndWith("/account");
        (await user.TextContentAsync("#tenant-name")).ShouldNotBeNull().ShouldContain(tenantName);
        (await user.Locator("#tenant-select").CountAsync()).ShouldBe(0);

        // A Bookkeeper opening any admin page is refused.
        foreach (var adminPage in new[] { "/admin", "/admin/tenants", "/admin/users", "/admin/credentials", "/admin/settings", "/admin/audit", "/admin/audit?handler=Csv", "/admin/jobs" })
        {
            var forbidden = await user.GotoAsync(adminPage);
            forbidden!.Status.ShouldBe(403, adminPage);
        }

        // The key pushes an invoice into that tenant: a purchase, by the tenant's own VAT id.
        using var connector = new HttpClient { BaseAddress = Fixture.BaseAddress };
        connector.DefaultRequestHeaders.Add("X-Api-Key", key);
        var invoice = new InvoiceXml { BuyerVatId = vatId };
        var first = await connector.PostAsync("/api/v1/documents", Xml(invoice));
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using (var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync()))
        {
            json.RootElement.GetProperty("direction").GetString().ShouldBe("purchase");
            var id = json.RootElement.GetProperty("id").GetGuid();
            (await Fixture.Database.ScalarAsync<Guid>($"SELECT tenant_id FROM invoices.documents WHERE id = '{id}'")).ShouldBe(tenantId);
        }

        // Duplicates are blocked by default; the admin switches that off and the next duplicate is queued instead.
        (await connector.PostAsync("/api/v1/documents", Xml(invoice with { Net = 101m }))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await admin.GotoAsync("/admin/settings");
        await admin.UncheckAsync("#Form_BlockDuplicates");
        await admin.ClickAsync("#settings-submit");
        (await admin.TextContentAsync("#notice")).ShouldNotBeNull().ShouldContain("block duplicates: 'yes' -> 'no'");
        await admin.GotoAsync("/admin/settings");
        await ScreenshotAsync(admin, "admin-settings");
        await admin.Locator("#Form_ClosedPeriods").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(admin, "admin-settings-booking");
        await admin.Locator("#two-factor-form").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(admin, "admin-settings-security");
        var queued = await connector.PostAsync("/api/v1/documents", Xml(invoice with { Net = 102m }));
        await queued.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await queued.Content.ReadAsStringAsync()).ShouldContain("\"status\":\"in_progress\"");

        // The admin locks the user, who can no longer sign in.
        await admin.GotoAsync("/admin/users");
        await admin.Locator($"tr[data-email='{email}'] button:text('Lock')").ClickAsync();
        (await admin.TextContentAsync("#notice")).ShouldNotBeNull().ShouldContain("User locked");
        var again = await NewPageAsync();
        await again.GotoAsync("/account/signin");
        await again.FillAsync("#Email", email);
        await again.FillAsync("#Password", "Bea-Own-Password-42");
        await again.ClickAsync("#signin-submit");
        (await again.TextContentAsync("#signin-error")).ShouldNotBeNull().ShouldContain("locked");

        // The audit log shows each step.
        await admin.GotoAsync("/admin/audit");
        await ScreenshotAsync(admin, "admin-audit");
        var audit = await admin.TextContentAsync("#audit") ?? "";
        foreach (var action in new[]
                 {
                     "tenant.created", "user.created", "credential.created", "sign-in", "user.password-changed", "settings.changed",
                     "user.locked", "sign-in.locked-out",
                 })
        {
            audit.ShouldContain(action);
        }

        audit.ShouldContain(vatId);
        (await admin.Locator("#audit tr", new() { HasText = "user.locked" }).First.TextContentAsync()).ShouldNotBeNull().ShouldContain(email);
        (await Fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.audit_trail WHERE tenant_id = '{tenantId}' AND action = 'sign-in.locked-out' AND actor = '{email}'")).ShouldBe(1);
        await admin.GotoAsync("/account");
        await ScreenshotAsync(admin, "account");
    }

    private static ByteArrayContent Xml(InvoiceXml invoice)
    {
        var content = new ByteArrayContent(invoice.ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }
}
