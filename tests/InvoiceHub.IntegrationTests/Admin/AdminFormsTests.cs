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
        { "/admin/credentials", "Create", new() { ["Username"] = "billing:system" }, "no colon", "value=\"billing:system\"" },
        { "/admin/credentials", "Create", new() { ["Username"] = "" }, "1 to 100 characters", null },
        { "/admin/settings", null, Settings(purchase: "ER-{yyyy}"), "must contain {seq}", "value=\"ER-{yyyy}\"" },
        { "/admin/settings", null, Settings(excluded: "325, pro-forma"), "is not a document type code", "value=\"325, pro-forma\"" },
        { "/admin/settings", null, Settings(payment: "sometimes"), "Choose &#x27;unknown&#x27; or &#x27;paid&#x27;", null },
        { "/account", "Password", new() { ["CurrentPassword"] = InvoiceHubApp.AdminPassword, ["NewPassword"] = "New-Password-123", ["ConfirmPassword"] = "Other-Password-123" }, "differ", null },
        { "/account", "Password", new() { ["CurrentPassword"] = "wrong", ["NewPassword"] = "short", ["ConfirmPassword"] = "short" }, "current password is wrong", null },
    };

    [Theory]
    [MemberData(nameof(MalformedPosts))]
    public async Task MalformedInput_IsRefusedWithAMessage_AndTheInputIsKept(string page, string? handler, Dictionary<string, string> fields, string message, string? kept)
    {
        using var client = await AdminAsync();
        var tenantId = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        var form = fields.ToDictionary(f => f.Key, f => f.Value.Replace("{tenant}", tenantId.ToString(), StringComparison.Ordinal));
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
    [InlineData("/account", "Password", "CurrentPassword=x&NewPassword=y&ConfirmPassword=y")]
    public async Task PostWithoutAntiforgeryToken_IsRefused(string page, string? handler, string body)
    {
        using var client = await AdminAsync();

        var response = await client.PostAsync(handler is null ? page : $"{page}?handler={handler}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Exception");
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

    private static Dictionary<string, string> Settings(string purchase = "ER-{yyyy}-{seq:00000}", string excluded = "325, 386", string payment = "unknown") => new()
    {
        ["Form.BlockDuplicates"] = "true",
        ["Form.DefaultPaymentStatus"] = payment,
        ["Form.AutoCreateParties"] = "true",
        ["Form.RequiredFields"] = "number",
        ["Form.ExcludedTypeCodes"] = excluded,
        ["Form.PurchaseNumberFormat"] = purchase,
        ["Form.SalesNumberFormat"] = "AR-{yyyy}-{seq:00000}",
        ["Form.OwnIdentifiers"] = "DE811111111",
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
