using System.Net;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Retention.ListForReview;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.BrowserTests;

/// <summary>An Admin reviews the documents past their retention period and deletes one, with a reason, in the browser.</summary>
public sealed class RetentionPageTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_ReviewsExpiredDocuments_AndDeletesOneWithAReason()
    {
        var tenantId = await Fixture.Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        await OwnVatIdAsync(tenantId);
        using var connector = await ConnectorClients.ForTenantAsync(App, tenantId);
        string[] sellers = ["Nordsee Fisk ApS", "Hamburger Kontor GmbH", "Kobenhavn Kaffe A/S"];
        var expired = new List<string>();
        for (var i = 0; i < sellers.Length; i++)
        {
            var invoice = new InvoiceXml { IssueDate = $"201{2 + i}-0{3 + i}-15", DueDate = null, SellerName = sellers[i], BuyerVatId = ConnectorFixture.OwnVatId, Net = 120m + (i * 37) };
            expired.Add(invoice.Number);
            (await connector.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var current = new InvoiceXml { BuyerVatId = ConnectorFixture.OwnVatId };
        (await connector.PostAsync("/api/v1/documents", ConnectorFixture.Xml(current.ToBytes()))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ListedByTheReviewJobAsync(tenantId, expected: sellers.Length);
        var admin = await SignedInPageAsync();

        await admin.GotoAsync("/admin/retention");
        if (await admin.Locator("#tenant-select").CountAsync() > 0 && await admin.InputValueAsync("#tenant-select") != tenantId.ToString())
        {
            // The admin's tenant choice is kept per user; the documents were pushed into Default.
            await admin.SelectOptionAsync("#tenant-select", tenantId.ToString());
            await admin.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            await admin.GotoAsync("/admin/retention");
        }

        var rows = admin.Locator("#retention tbody tr[data-document]");
        await Expect(rows).ToHaveCountAsync(3, new() { Timeout = 5000 });
        var table = (await admin.TextContentAsync("#retention"))!;
        foreach (var number in expired)
        {
            table.ShouldContain(number);
        }

        table.ShouldNotContain(current.Number);
        (await admin.Locator(".admin-nav a.active").TextContentAsync()).ShouldBe("Retention");
        await ScreenshotAsync(admin, "admin-retention");

        // The first listed (kept until 2022-12-31): confirming without a reason is refused beside the field.
        await rows.First.Locator("a.delete-link").ClickAsync();
        await Expect(admin.Locator("#confirm")).ToBeVisibleAsync();
        (await admin.TextContentAsync("#confirm")).ShouldNotBeNull().ShouldContain(expired[0]);
        await admin.ClickAsync("#confirm-delete");
        await Expect(admin.Locator("#confirm .field-validation-error")).ToContainTextAsync("Give a reason");
        await ScreenshotAsync(admin, "admin-retention-confirm");

        await admin.FillAsync("#Reason", "Retention period ended; reviewed with the accountant");
        await admin.ClickAsync("#confirm-delete");
        await Expect(admin.Locator("#notice")).ToContainTextAsync("was deleted");
        await Expect(rows).ToHaveCountAsync(2);
        (await admin.TextContentAsync("#retention")).ShouldNotBeNull().ShouldNotContain(expired[0]);
        await ScreenshotAsync(admin, "admin-retention-deleted");

        // The audit log shows who deleted it and why.
        await admin.GotoAsync("/admin/audit?what=deleted-after-retention");
        var audit = (await admin.TextContentAsync("#audit"))!;
        audit.ShouldContain(InvoiceHubApp.AdminEmail);
        audit.ShouldContain("reason: Retention period ended; reviewed with the accountant");
    }

    /// <summary>
    /// Runs the review job until it has listed the expected documents. Once failed in a full suite run on a busy
    /// machine with none listed (the run waited for succeeded), not reproduced alone: a second run of the job is what
    /// its daily schedule would do, and the message says what the documents were if it still lists none.
    /// </summary>
    private async Task ListedByTheReviewJobAsync(Guid tenantId, int expected)
    {
        var listed = $"SELECT count(*) FROM invoices.retention_reviews WHERE tenant_id = '{tenantId}'";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await HangfireRuns.TriggerAndWaitAsync(App, RetentionReviewJob.Id);
            if (await Fixture.Database.ScalarAsync<long>(listed) >= expected)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var statuses = await Fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(status || ' ' || coalesce(issue_date::text, '-') || ' ' || invoices.retained_until(tenant_id, issue_date, received_at, workspace)::text, '; ') FROM invoices.documents WHERE tenant_id = '{tenantId}'");
        (await Fixture.Database.ScalarAsync<long>(listed)).ShouldBe(expected, $"documents of the tenant: {statuses}");
    }

    private async Task OwnVatIdAsync(Guid tenantId)
    {
        using var scope = App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<SettingsStore>();
        var settings = await store.GetAsync(tenantId, CancellationToken.None);
        settings.OwnIdentifiers = [ConnectorFixture.OwnVatId];
        await store.SaveAsync(settings, CancellationToken.None);
    }
}
