using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>What the workspace's forms and lists do with malformed, hostile and token-less input: refuse it precisely, keep what was typed, change nothing.</summary>
public sealed class WorkspaceFormsTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    [Fact]
    public async Task EveryWorkspacePost_WithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });
        var page = await SignedInPageAsync();
        var paths = new[]
        {
            $"/documents/{id}?handler=Save", $"/documents/{id}?handler=Archive", $"/documents/{id}?handler=Reject",
            $"/documents/{id}?handler=CreateParty", $"/documents/{id}?handler=Balance", "/queue/purchase?handler=Archive",
            "/master-data/gl-accounts", "/master-data/tax-keys?handler=Preset", "/preferences?handler=Tenant", "/preferences?handler=Culture",
            $"/parties/{Guid.NewGuid()}", $"/parties/{Guid.NewGuid()}?handler=Merge", $"/follow-ups?handler=Done&id={Guid.NewGuid()}",
            "/upload", "/parties/new", "/follow-ups",
        };
        foreach (var path in paths)
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("Input.InvoiceNumber", "FORGED");
            form.Set("Rejection.Reason", "forged");
            form.Set("ids", id.ToString());
            var response = await page.APIRequest.PostAsync(path, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
            response.Status.ShouldBe(400, path);
        }

        var document = await page.APIRequest.GetAsync($"/documents/{id}");
        var html = await document.TextAsync();
        html.ShouldNotContain("FORGED");
        html.ShouldContain("in progress");
    }

    [Fact]
    public async Task MasterData_MalformedRateAndHugeName_AreNamedBesideTheFields_AndKept()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/master-data/tax-keys");
        // What a script or a pasted value can send past the browser's maxlength.
        await page.EvalOnSelectorAllAsync("#entry-form input", "inputs => inputs.forEach(i => i.removeAttribute('maxlength'))");
        foreach (var (rate, name) in new[] { ("abc", "Rate as text"), ("150", "Rate above 100"), ("-7", "Negative rate"), ("19.123", new string('N', 500)) })
        {
            await page.FillAsync("#Input_Code", "X9");
            await page.FillAsync("#Input_Name", name);
            await page.FillAsync("#Input_Rate", rate);
            await page.ClickAsync("#add-entry");
            (await page.InputValueAsync("#Input_Rate")).ShouldBe(rate);
            (await page.InputValueAsync("#Input_Name")).ShouldBe(name);
            var messages = string.Concat(await page.Locator("span[data-valmsg-for^='Input.']").AllTextContentsAsync());
            messages.ShouldNotBeNullOrWhiteSpace($"rate {rate}");
            (await page.ContentAsync()).ShouldNotContain("   at ");
            await page.EvalOnSelectorAllAsync("#entry-form input", "inputs => inputs.forEach(i => i.removeAttribute('maxlength'))");
        }

        await ScreenshotAsync(page, "master-data-tax-keys-error");
        (await page.TextContentAsync("#entries") ?? "").ShouldNotContain("X9");
    }

    [Fact]
    public async Task QueueAndIntakeLog_MalformedFilters_AreAnsweredWithoutAStackTrace()
    {
        var page = await SignedInPageAsync();
        var queue = await page.GotoAsync("/queue/purchase?sort=nonsense&desc=maybe&p=-5&reason=" + new string('r', 500) + "&q=" + new string('q', 5000));
        queue.ShouldNotBeNull().Status.ShouldBe(200);
        (await page.ContentAsync()).ShouldNotContain("   at ");
        (await page.Locator("#queue").CountAsync()).ShouldBe(1);

        var log = await page.GotoAsync("/intake-log?from=2026-02-30&to=yesterday&kind=<script>alert(1)</script>&q=" + new string('x', 500));
        log.ShouldNotBeNull().Status.ShouldBe(200);
        var html = await page.ContentAsync();
        html.ShouldNotContain("   at ");
        html.ShouldNotContain("<script>alert(1)</script>");
        (await page.TextContentAsync("span[data-valmsg-for='Kind']")).ShouldNotBeNullOrWhiteSpace();
        (await page.TextContentAsync("span[data-valmsg-for='Q']")).ShouldNotBeNullOrWhiteSpace();
        (await page.TextContentAsync("span[data-valmsg-for='From']")).ShouldNotBeNullOrWhiteSpace();
        await ScreenshotAsync(page, "intake-log-malformed-filters");
    }
}
