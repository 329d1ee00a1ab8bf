using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.BrowserTests;

/// <summary>
/// Two-factor sign-in with an authenticator app, driven as a person would: the key is read off the account page and
/// the codes are computed by the tests' own RFC 6238 implementation (<see cref="Totp"/>), not by Identity's.
/// </summary>
public sealed class TwoFactorTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AuthenticatorEnrolledWithACodeComputedHere_SignsInWithItsCodes_AndWrongCodesAreRefused()
    {
        var email = $"tara-{Guid.NewGuid():N}"[..16] + "@example.com";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);
        var page = await SignedInPageAsync(email, UsersForTests.Password);

        // Enrol: the key and its otpauth URI are on the account page.
        await page.GotoAsync("/account");
        (await page.TextContentAsync("#two-factor-state")).ShouldBe("off");
        var key = (await page.TextContentAsync("#shared-key"))!.Trim();
        key.ShouldMatch("^([a-z2-7]{4} )+[a-z2-7]{1,4}$");
        var uri = await page.GetAttributeAsync("#authenticator-uri", "href");
        uri.ShouldNotBeNull().ShouldStartWith("otpauth://totp/InvoiceHub:");
        uri.ShouldContain("secret=" + key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        await ScreenshotAsync(page, "account-two-factor-setup");

        await page.FillAsync("#Enrol_Code", "12ab");
        await page.ClickAsync("#enrol-submit");
        (await page.TextContentAsync("[data-valmsg-for='Enrol.Code']")).ShouldNotBeNull().ShouldContain("6 digits");
        (await page.InputValueAsync("#Enrol_Code")).ShouldBe("12ab");

        // A code of another time (an hour ahead) is the right format but not the current code.
        await page.FillAsync("#Enrol_Code", Totp.Code(key, DateTimeOffset.UtcNow.AddHours(1)));
        await page.ClickAsync("#enrol-submit");
        (await page.TextContentAsync("[data-valmsg-for='Enrol.Code']")).ShouldNotBeNull().ShouldContain("not right");
        await ScreenshotAsync(page, "account-two-factor-wrong-code");
        (await page.TextContentAsync("#two-factor-state")).ShouldBe("off");

        await page.FillAsync("#Enrol_Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("#enrol-submit");
        var recoveryCodes = await page.Locator("#recovery-code-list code").AllTextContentsAsync();
        recoveryCodes.Count.ShouldBe(10);
        (await page.TextContentAsync("#two-factor-state")).ShouldBe("on");
        await ScreenshotAsync(page, "account-two-factor-recovery-codes");

        // Sign in again: the password alone is not enough any more.
        var second = await NewPageAsync();
        await SignInAsync(second, email, UsersForTests.Password);
        second.Url.ShouldContain("/account/two-factor");
        await second.GotoAsync("/queue/purchase");
        second.Url.ShouldContain("/account/signin"); // half signed in is not signed in
        await SignInAsync(second, email, UsersForTests.Password);
        await second.FillAsync("#Input_Code", Totp.Code(key, DateTimeOffset.UtcNow.AddHours(-1)));
        await second.ClickAsync("#two-factor-submit");
        (await second.TextContentAsync("[data-valmsg-for='Input.Code']")).ShouldNotBeNull().ShouldContain("not right");
        await ScreenshotAsync(second, "signin-two-factor-wrong-code");
        await second.FillAsync("#Input_Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await second.ClickAsync("#two-factor-submit");
        await second.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        (await second.GotoAsync("/queue/purchase"))!.Status.ShouldBe(200);

        // A recovery code works once, when the phone is not at hand.
        var third = await NewPageAsync();
        await SignInAsync(third, email, UsersForTests.Password);
        await third.CheckAsync("#Input_IsRecoveryCode");
        await third.FillAsync("#Input_Code", recoveryCodes[0]);
        await third.ClickAsync("#two-factor-submit");
        await third.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));

        // Turning it off needs the password; afterwards the password alone signs in again.
        await page.GotoAsync("/account");
        await page.FillAsync("#TwoFactorChange_Password", "not-my-password");
        await page.ClickAsync("#disable-two-factor-submit");
        (await page.TextContentAsync("[data-valmsg-for='TwoFactorChange.Password']")).ShouldNotBeNull().ShouldContain("password is wrong");
        await page.FillAsync("#TwoFactorChange_Password", UsersForTests.Password);
        await page.ClickAsync("#disable-two-factor-submit");
        (await page.TextContentAsync("#notice")).ShouldBe("Two-factor sign-in is off.");
        var fourth = await NewPageAsync();
        await SignInAsync(fourth, email, UsersForTests.Password);
        fourth.Url.ShouldNotContain("/account/");

        var actions = await AuditActionsAsync(email);
        foreach (var action in new[]
                 {
                     "user.two-factor-enabled", "sign-in.password-accepted", "sign-in.two-factor-failed", "sign-in.two-factor",
                     "sign-in.recovery-code", "user.two-factor-disabled",
                 })
        {
            actions.ShouldContain(action);
        }
    }

    [Fact]
    public async Task TenantRequiringTwoFactor_SendsItsMembersToEnrolBeforeAnythingElse()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenantName = $"Strict {suffix}";
        var email = $"sam-{suffix}@strict.example";
        var admin = await SignedInPageAsync();
        await admin.GotoAsync("/admin/tenants");
        await admin.FillAsync("#NewName", tenantName);
        await admin.ClickAsync("#create-tenant-submit");
        await admin.Locator($"tr[data-tenant='{tenantName}'] form:has(button:text('Work in this tenant')) button").ClickAsync();
        await admin.GotoAsync("/admin/settings");
        await admin.SelectOptionAsync("#TwoFactorRequirement", "everyone");
        await admin.ClickAsync("#two-factor-requirement-submit");
        (await admin.TextContentAsync("#notice")).ShouldNotBeNull().ShouldContain("'optional' -> 'everyone'");
        (await admin.InputValueAsync("#TwoFactorRequirement")).ShouldBe("everyone");
        var tenantId = await Fixture.Database.ScalarAsync<Guid>($"SELECT id FROM accounts.tenants WHERE name = '{tenantName}'");
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);
        await AddMembershipAsync(email, tenantId);

        var user = await SignedInPageAsync(email, UsersForTests.Password);
        await user.GotoAsync("/queue/purchase");
        user.Url.ShouldEndWith("/account");
        (await user.TextContentAsync("#must-enrol")).ShouldNotBeNull().ShouldContain("requires two-factor");
        await ScreenshotAsync(user, "account-must-enrol");
        var key = (await user.TextContentAsync("#shared-key"))!.Trim();
        await user.FillAsync("#Enrol_Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await user.ClickAsync("#enrol-submit");
        (await user.Locator("#recovery-code-list code").CountAsync()).ShouldBe(10);
        await user.ClickAsync("#continue");
        await user.GotoAsync("/queue/purchase");
        user.Url.ShouldEndWith("/queue/purchase");

        (await Fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.audit_trail WHERE tenant_id = '{tenantId}' AND action = 'tenant.two-factor-requirement' AND detail LIKE '%everyone%'"))
            .ShouldBe(1);
        (await Fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.audit_trail WHERE tenant_id = '{tenantId}' AND action = 'user.two-factor-enabled' AND actor = '{email}'"))
            .ShouldBe(1);
    }

    private async Task<List<string>> AuditActionsAsync(string email)
    {
        var joined = await Fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(action, ',') FROM invoices.audit_trail WHERE actor = '{email}'");
        return [.. (joined ?? "").Split(',')];
    }
}
