using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Admin;

/// <summary>Every admin form refuses malformed input with a message beside the field, keeps what was typed, and needs its antiforgery token.</summary>
public sealed class AdminFormsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string?, Dictionary<string, string>, string, string?> MalformedPosts() => new()
    {
        { "/admin/tenants", "Create", new() { ["NewName"] = "X" }, "2 to 200 characters", "value=\"X\"" },
        { "/admin/tenants", "Create", new() { ["NewName"] = "Default" }, "exists already", "value=\"Default\"" },
        { "/admin/tenants", "Identifiers", new() { ["RowTenantId"] = "{tenant}", ["RowIdentifiers"] = "DE123, <b>bad id</b>" }, "is not a VAT id", "value=\"DE123, &lt;b&gt;bad id&lt;/b&gt;\"" },
        { "/admin/tenants", "Rename", new() { ["RowTenantId"] = "{tenant}", ["RowName"] = " " }, "2 to 200 characters", null },
        { "/admin/users", "Create", new() { ["New.Email"] = "not-an-address", ["New.DisplayName"] = "Anna Example", ["New.Role"] = "Bookkeeper" }, "Enter an e-mail address", "value=\"Anna Example\"" },
        { "/admin/users", "Create", new() { ["New.Email"] = "anna@example.com", ["New.DisplayName"] = "Anna", ["New.Role"] = "Superuser" }, "Choose a role", "value=\"anna@example.com\"" },
        { "/admin/users", "Create", new() { ["New.Email"] = "anna@example.com", ["New.DisplayName"] = "Anna", ["New.Role"] = "Bookkeeper", ["New.Permissions"] = "invoices.everything" }, "no permission", "value=\"anna@example.com\"" },
        { "/admin/tenants", "Create", new() { ["NewName"] = "Bell\u0007 GmbH" }, "control characters", null },
        { "/admin/users", "Create", new() { ["New.Email"] = InvoiceHubApp.AdminEmail, ["New.DisplayName"] = "Again", ["New.Role"] = "Bookkeeper" }, "has an account already", "value=\"Again\"" },
        { "/admin/users", "Create", new() { ["New.Email"] = "anna@example.com", ["New.DisplayName"] = " ", ["New.Role"] = "Bookkeeper" }, "Enter the person&#x27;s name", "value=\"anna@example.com\"" },
        { "/admin/users", "Membership", new() { ["RowUserId"] = "{admin}", ["RowRole"] = "Superuser" }, "Choose a role", null },
        { "/admin/users", "Membership", new() { ["RowUserId"] = "{admin}", ["RowRole"] = "Admin", ["RowPermissions"] = "invoices.everything" }, "no permission &#x27;invoices.everything&#x27;", null },
        { "/admin/credentials", "Create", new() { ["Username"] = "billing:system" }, "no colon", "value=\"billing:system\"" },
        { "/admin/credentials", "Create", new() { ["Username"] = "" }, "1 to 100 characters", null },
        { "/admin/settings", null, Settings(purchase: "ER-{yyyy}"), "must contain {seq}", "value=\"ER-{yyyy}\"" },
        { "/admin/settings", null, Settings(excluded: "325, pro-forma"), "is not a document type code", "value=\"325, pro-forma\"" },
        { "/admin/settings", null, Settings(payment: "sometimes"), "Choose &#x27;unknown&#x27; or &#x27;paid&#x27;", null },
        { "/admin/settings", null, Settings(retention: "ten"), "The value &#x27;ten&#x27; is not valid", "value=\"ten\"" },
        { "/admin/settings", null, Settings(retention: "100000"), "1 to 30", "value=\"100000\"" },
        { "/admin/settings", null, Settings(escalation: "-5"), "1 to 365", "value=\"-5\"" },
        { "/admin/settings", null, Settings(escalation: "99999999999999999999"), "is not valid", null },
        { "/admin/settings", null, Settings(closed: "2026-01, 2026-13"), "&#x27;2026-13&#x27; is not a booking period", "value=\"2026-01, 2026-13\"" },
        { "/admin/settings", null, Settings(invalid: "ignore"), "Choose &#x27;refuse&#x27; or &#x27;queue&#x27;", null },
        { "/admin/settings", null, Settings(excluded: new string('3', 10_000)), "500 characters or fewer", null },
        { "/admin/settings", null, Settings(own: "DE123456789, " + new string('A', 80)), "is not a VAT id", null },
        { "/admin/settings", null, Settings(purchase: new string('x', 5_000)), "50 characters or fewer", null },
        { "/admin/settings", "TwoFactor", new() { ["TwoFactorRequirement"] = "sometimes" }, "Choose optional", null },
        { "/admin/settings", null, Settings(bank: "sometimes"), "Choose &#x27;add&#x27;, &#x27;confirm&#x27; or &#x27;flag&#x27;", null },
        { "/admin/settings", null, Settings(customers: "69999:10000"), "The customer range must end above where it starts", "value=\"69999\"" },
        { "/admin/settings", null, Settings(suppliers: "70000:999999"), "fit in account numbers of 5 digits (up to 99999)", "value=\"999999\"" },
        { "/admin/settings", null, Settings(suppliers: "60000:99999"), "overlaps the customer range", "value=\"60000\"" },
        { "/admin/settings", null, Settings(length: "0"), "1 to 10", "value=\"0\"" },
        { "/admin/settings", null, Settings(customers: "-1:69999"), "0 or more", null },
        { "/admin/settings", null, Settings(customers: "lots:69999"), "The value &#x27;lots&#x27; is not valid", "value=\"lots\"" },
        { "/admin/tenants", "Create", new() { ["NewName"] = new string('n', 100_000) }, "2 to 200 characters", null },
        { "/admin/users", "Create", new() { ["New.Email"] = new string('a', 5_000) + "@example.com", ["New.DisplayName"] = "Anna", ["New.Role"] = "Bookkeeper" }, "e-mail", null },
        { "/admin/credentials", "Create", new() { ["Username"] = new string('u', 5_000) }, "1 to 100 characters", null },
        { "/account", "EnableTwoFactor", new() { ["Enrol.Code"] = "12ab" }, "6 digits", "value=\"12ab\"" },
        { "/account", "EnableTwoFactor", new() { ["Enrol.Code"] = "123456" }, "not right", "value=\"123456\"" },
        { "/account", "EnableTwoFactor", new() { ["Enrol.Code"] = new string('1', 5_000) }, "20 characters or fewer", null },
        { "/account", "Password", new() { ["CurrentPassword"] = InvoiceHubApp.AdminPassword, ["NewPassword"] = "New-Password-123", ["ConfirmPassword"] = "Other-Password-123" }, "differ", null },
        { "/account", "Password", new() { ["CurrentPassword"] = "wrong", ["NewPassword"] = "short", ["ConfirmPassword"] = "short" }, "current password is wrong", null },
    };

    [Theory]
    [MemberData(nameof(MalformedPosts))]
    public async Task MalformedInput_IsRefusedWithAMessage_AndTheInputIsKept(string page, string? handler, Dictionary<string, string> fields, string message, string? kept)
    {
        using var client = await AdminAsync();
        var tenantId = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        var adminId = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM accounts.users WHERE email = '{InvoiceHubApp.AdminEmail}'");
        var form = fields.ToDictionary(f => f.Key, f => f.Value.Replace("{tenant}", tenantId.ToString(), StringComparison.Ordinal)
            .Replace("{admin}", adminId.ToString(), StringComparison.Ordinal));
        var before = await CountAuditAsync();

        var response = await PostFormAsync(client, page, handler, form);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldContain("field-validation-error");
        if (kept is not null)
        {
            html.ShouldContain(kept);
        }

        html.ShouldNotContain("Exception");
        (await CountAuditAsync()).ShouldBe(before); // nothing was changed
    }

    [Theory]
    [InlineData("/admin/tenants", "Create", "NewName=Evil")]
    [InlineData("/admin/users", "Create", "New.Email=evil%40example.com&New.DisplayName=Evil&New.Role=Admin")]
    [InlineData("/admin/credentials", "Create", "Username=evil")]
    [InlineData("/admin/settings", null, "Form.BlockDuplicates=false")]
    [InlineData("/admin/settings", "TwoFactor", "TwoFactorRequirement=optional")]
    [InlineData("/admin/tenants", "Rename", "RowTenantId=00000000-0000-0000-0000-000000000000&RowName=Evil")]
    [InlineData("/admin/users", "Lock", "id=00000000-0000-0000-0000-000000000000")]
    [InlineData("/admin/credentials", "Revoke", "id=00000000-0000-0000-0000-000000000000")]
    [InlineData("/account", "Password", "CurrentPassword=x&NewPassword=y&ConfirmPassword=y")]
    [InlineData("/account", "EnableTwoFactor", "Enrol.Code=123456")]
    [InlineData("/account", "DisableTwoFactor", "TwoFactorChange.Password=x")]
    [InlineData("/account", "RecoveryCodes", "TwoFactorChange.Password=x")]
    [InlineData("/account/two-factor", null, "Input.Code=123456")]
    [InlineData("/preferences", "Culture", "culture=de-DE")]
    public async Task PostWithoutAntiforgeryToken_IsRefused(string page, string? handler, string body)
    {
        using var client = await AdminAsync();

        var response = await client.PostAsync(handler is null ? page : $"{page}?handler={handler}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Exception");
    }

    [Fact]
    public async Task SettingsForm_SavesBookingRetentionNumberingAndBankDetailsSettings_AndAuditsOldAndNewValues()
    {
        using var client = await AdminAsync();
        var tenantId = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        var form = Settings(retention: "6", escalation: "14", closed: "2026-02 2026-01", invalid: "queue");
        form["Form.RequireAccountAssignment"] = "true";
        form["Form.HoldBookingAids"] = "true";
        form["Form.KeepRefusedFiles"] = "true";
        form["Form.ArchiveConfidentOcr"] = "true";
        form["Form.NewBankDetails"] = "flag";
        form["Form.CustomerRangeTo"] = "59999";
        form["Form.SupplierRangeFrom"] = "60000";

        var response = await PostFormAsync(client, "/admin/settings", null, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync("/admin/settings");
        html.ShouldContain("value=\"2026-01, 2026-02\"");
        html.ShouldContain("value=\"6\"");
        html.ShouldContain("<option value=\"queue\" selected=\"selected\">");
        (await fixture.Database.ScalarAsync<int>($"SELECT retention_years FROM invoices.settings WHERE tenant_id = '{tenantId}'")).ShouldBe(6);
        (await fixture.Database.ScalarAsync<bool>($"SELECT require_account_assignment FROM invoices.settings WHERE tenant_id = '{tenantId}'")).ShouldBeTrue();
        (await fixture.Database.ScalarAsync<string>($"SELECT new_bank_details FROM invoices.settings WHERE tenant_id = '{tenantId}'")).ShouldBe("Flag");
        (await fixture.Database.ScalarAsync<long>($"SELECT supplier_range_from FROM parties.settings WHERE tenant_id = '{tenantId}'")).ShouldBe(60000);
        html.ShouldContain("value=\"59999\"");
        html.ShouldContain("<option value=\"flag\" selected=\"selected\">");
        var audited = await fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(detail, ' | ') FROM invoices.audit_trail WHERE tenant_id = '{tenantId}' AND action = 'settings.changed'");
        foreach (var change in new[]
                 {
                     "retention years: '10' -> '6'", "follow-up escalation days: '7' -> '14'", "closed booking periods: '' -> '2026-01, 2026-02'",
                     "invalid documents: 'refuse' -> 'queue'", "require account assignment: 'no' -> 'yes'", "hold booking aids: 'no' -> 'yes'",
                     "keep refused files: 'no' -> 'yes'", "archive confident OCR: 'no' -> 'yes'", "new bank details: 'add at once' -> 'flag only'",
                     "customer account range: '10000-69999' -> '10000-59999'", "supplier account range: '70000-99999' -> '60000-99999'",
                 })
        {
            audited.ShouldNotBeNull().ShouldContain(change);
        }
    }

    [Fact]
    public async Task MalformedInput_ForAGermanSpeakingAdmin_IsRefusedInGerman()
    {
        using var client = await AdminAsync();
        await PostFormAsync(client, "/preferences", "Culture", new() { ["culture"] = "de-DE" });
        string html;
        try
        {
            var response = await PostFormAsync(client, "/admin/users", "Create",
                new() { ["New.Email"] = "not-an-address", ["New.DisplayName"] = "Anna", ["New.Role"] = "Bookkeeper" });
            html = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            // The choice is kept per user: the other tests of this class sign in as the same admin and read English.
            await PostFormAsync(client, "/preferences", "Culture", new() { ["culture"] = "en-GB" });
        }

        html.ShouldContain("Geben Sie eine E-Mail-Adresse");
        html.ShouldContain("value=\"not-an-address\"");
    }

    [Fact]
    public async Task AuditFilter_WithAMalformedDay_SaysSoAndKeepsIt()
    {
        using var client = await AdminAsync();

        var html = await client.GetStringAsync("/admin/audit?from=2026-13-45&document=abc");

        html.ShouldContain("Enter a day as 2026-12-31.");
        html.ShouldContain("value=\"2026-13-45\"");
        html.ShouldContain("A document id looks like");
    }

    private static Dictionary<string, string> Settings(
        string purchase = "ER-{yyyy}-{seq:00000}", string excluded = "325, 386", string payment = "unknown", string retention = "10",
        string escalation = "7", string closed = "2026-01", string invalid = "refuse", string own = "DE811111111", string bank = "add",
        string length = "5", string customers = "10000:69999", string suppliers = "70000:99999") => new()
    {
        ["Form.InvalidDocuments"] = invalid,
        ["Form.ClosedPeriods"] = closed,
        ["Form.RetentionYears"] = retention,
        ["Form.FollowUpEscalationDays"] = escalation,
        ["Form.BlockDuplicates"] = "true",
        ["Form.DefaultPaymentStatus"] = payment,
        ["Form.AutoCreateParties"] = "true",
        ["Form.RequiredFields"] = "number",
        ["Form.ExcludedTypeCodes"] = excluded,
        ["Form.PurchaseNumberFormat"] = purchase,
        ["Form.SalesNumberFormat"] = "AR-{yyyy}-{seq:00000}",
        ["Form.OwnIdentifiers"] = own,
        ["Form.NewBankDetails"] = bank,
        ["Form.AccountNumberLength"] = length,
        ["Form.CustomerRangeFrom"] = customers.Split(':')[0],
        ["Form.CustomerRangeTo"] = customers.Split(':')[1],
        ["Form.SupplierRangeFrom"] = suppliers.Split(':')[0],
        ["Form.SupplierRangeTo"] = suppliers.Split(':')[1],
    };

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string? handler, Dictionary<string, string> fields)
    {
        var token = SignInExtensions.AntiforgeryToken(await client.GetStringAsync(page));
        var pairs = fields.SelectMany(f => f.Key == "New.Permissions" ? f.Value.Split(',').Select(v => new KeyValuePair<string, string>(f.Key, v)) : [f])
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(pairs));
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        return client;
    }

    private Task<long> CountAuditAsync() =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.audit_trail WHERE action NOT LIKE 'sign-in%'");
}
