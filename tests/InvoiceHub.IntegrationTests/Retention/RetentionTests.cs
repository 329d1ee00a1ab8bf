using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Forwarding.Jobs;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Retention.ListForReview;
using InvoiceHub.Invoices.Storage;
using Npgsql;

namespace InvoiceHub.IntegrationTests.Retention;

/// <summary>
/// Retention through its real entry points: the recurring Hangfire job lists what has expired, an Admin confirms the
/// deletion on /admin/retention (or the admin API), and the database refuses deleting an archived document still kept.
/// An invoice of 2012 is kept until 2022-12-31 (10 years after its year); one of 2026 until 2036-12-31.
/// </summary>
public sealed class RetentionTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    private const string Expired = "2012-03-01";
    private const string Current = "2026-10-01";

    [Fact]
    public async Task ReviewJob_ListsADocumentPastItsRetentionDate_AndNotOneStillKept_AndListsItOnce()
    {
        var old = await PushAsync(Expired);
        var current = await PushAsync(Current);

        await RunReviewAsync();

        (await ListedAsync(old)).ShouldBe("2022-12-31");
        (await ListedAsync(current)).ShouldBeNull();
        var listedAt = await fixture.Database.ScalarAsync<DateTime>($"SELECT listed_at FROM invoices.retention_reviews WHERE document_id = '{old}'");

        await RunReviewAsync();

        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.retention_reviews WHERE document_id = '{old}'")).ShouldBe(1);
        (await fixture.Database.ScalarAsync<DateTime>($"SELECT listed_at FROM invoices.retention_reviews WHERE document_id = '{old}'")).ShouldBe(listedAt);
        (await DocumentExistsAsync(old)).ShouldBeTrue("listing deletes nothing");
    }

    [Fact]
    public async Task AdminConfirmsWithAReason_RecordAndFileAreDeleted_AndTheAuditTrailKeepsWhoAndWhy()
    {
        var old = await PushAsync(Expired);
        var sha = await fixture.Database.ScalarAsync<string>($"SELECT sha256 FROM invoices.documents WHERE id = '{old}'");
        // As a real original of 2012 would be: written long ago. One written or reused within the store's grace period
        // (an intake of the same bytes in flight) is left to the recurring cleanup.
        File.SetLastWriteTimeUtc(PathOf(sha!), new DateTime(2012, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        var earlierEntries = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{old}'");
        await RunReviewAsync();
        using var admin = await AdminAsync();

        var list = await admin.GetStringAsync("/admin/retention");
        list.ShouldContain($"data-document=\"{old}\"");
        var confirm = await admin.GetStringAsync($"/admin/retention?id={old}");
        confirm.ShouldContain("id=\"confirm\"");
        var response = await PostDeleteAsync(admin, confirm, old.ToString(), "Retention period ended; reviewed with the accountant");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DocumentExistsAsync(old)).ShouldBeFalse();
        File.Exists(PathOf(sha!)).ShouldBeFalse("the original goes with its record");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.retention_reviews WHERE document_id = '{old}'")).ShouldBe(0);
        var entry = await fixture.Database.ScalarAsync<string>(
            $"SELECT actor || ' | ' || detail FROM invoices.audit_trail WHERE document_id = '{old}' AND action = 'deleted-after-retention'");
        entry.ShouldNotBeNull();
        entry.ShouldStartWith(InvoiceHubApp.AdminEmail);
        entry.ShouldContain("kept until 2022-12-31; reason: Retention period ended; reviewed with the accountant");
        entry.ShouldContain(sha!);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{old}'"))
            .ShouldBe(earlierEntries + 1, "the document's earlier audit entries stay");
        (await admin.GetStringAsync("/admin/retention")).ShouldContain("was deleted");
    }

    [Fact]
    public async Task SameOriginalKeptByAnotherTenant_StaysWhenOneTenantDeletesItsDocument()
    {
        var bytes = new InvoiceXml { IssueDate = Expired, DueDate = null }.ToBytes();
        var old = await PushAsync(bytes);
        var (other, otherTenant) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        await fixture.ChangeSettingsAsync(settings => settings.OwnIdentifiers = [ConnectorFixture.OwnVatId], otherTenant);
        Guid othersDocument;
        using (other)
        {
            var pushed = await other.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));
            await pushed.ShouldHaveStatusAsync(HttpStatusCode.Created);
            othersDocument = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        }

        var sha = await fixture.Database.ScalarAsync<string>($"SELECT sha256 FROM invoices.documents WHERE id = '{old}'");
        File.SetLastWriteTimeUtc(PathOf(sha!), new DateTime(2012, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        using var admin = await AdminAsync();

        var response = await admin.PostAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention/{old}/delete",
            JsonContent.Create(new { reason = "Retention period ended" }));

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await DocumentExistsAsync(old)).ShouldBeFalse();
        File.Exists(PathOf(sha!)).ShouldBeTrue("the other tenant's document points to the same original");

        // An Admin of this tenant cannot reach the other tenant's document, expired as it is.
        (await admin.PostAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention/{othersDocument}/delete", JsonContent.Create(new { reason = "not mine" })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/admin/tenants/{otherTenant}/retention")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DocumentExistsAsync(othersDocument)).ShouldBeTrue();
    }

    [Fact]
    public async Task DeletingADocumentUnderRetention_IsRefusedByTheHandler_AndByTheDatabase()
    {
        var current = await PushAsync(Current);
        var old = await PushAsync(Expired);
        using var admin = await AdminAsync();

        var response = await admin.PostAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention/{current}/delete",
            JsonContent.Create(new { reason = "tidying up" }));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("must be kept until 2036-12-31");
        (await DocumentExistsAsync(current)).ShouldBeTrue();

        var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync($"DELETE FROM invoices.documents WHERE id = '{current}'"));
        refused.SqlState.ShouldBe(PostgresErrorCodes.IntegrityConstraintViolation);
        refused.MessageText.ShouldContain("kept until 2036-12-31");
        (await DocumentExistsAsync(current)).ShouldBeTrue();

        // The trigger is not a blanket refusal: past its date an archived document can go (and still cannot change).
        (await Should.ThrowAsync<PostgresException>(() => ExecuteAsync($"UPDATE invoices.documents SET invoice_number = 'X' WHERE id = '{old}'")))
            .MessageText.ShouldContain("cannot be changed");
        (await ExecuteAsync($"DELETE FROM invoices.documents WHERE id = '{old}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Api_ListsTheExpiredDocument_AndRefusesADeletionWithoutAReason()
    {
        var old = await PushAsync(Expired);
        await RunReviewAsync();
        using var admin = await AdminAsync();

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{fixture.TenantId}/retention");
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("documentId").GetGuid() == old);
        item.GetProperty("status").GetString().ShouldBe("archived");
        item.GetProperty("direction").GetString().ShouldBe("purchase");
        item.GetProperty("retainUntil").GetString().ShouldBe("2022-12-31");
        page.GetProperty("hasMore").GetBoolean().ShouldBeFalse();

        var response = await admin.PostAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention/{old}/delete", JsonContent.Create(new { reason = " " }));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"reason\"");
        (await DocumentExistsAsync(old)).ShouldBeTrue();
        (await admin.PostAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention/{Guid.NewGuid()}/delete", JsonContent.Create(new { reason = "gone" })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnfinishedDeliveryToTheAccountant_KeepsAnExpiredDocument()
    {
        var old = await PushAsync(Expired);
        await RunReviewAsync();
        await ExecuteAsync($"""
            INSERT INTO forwarding.deliveries (id, tenant_id, document_id, internal_number, channel, status, attempts, created_at, next_attempt_at)
            VALUES ('{Guid.NewGuid()}', '{fixture.TenantId}', '{old}', 'ER-2012-1', 'Webhook', 'ExportError', 8, now(), now())
            """);
        using var admin = await AdminAsync();

        var confirm = await admin.GetStringAsync($"/admin/retention?id={old}");
        var html = await (await PostDeleteAsync(admin, confirm, old.ToString(), "Retention period ended")).Content.ReadAsStringAsync();

        html.ShouldContain("delivery to the accountant is in export error");
        (await DocumentExistsAsync(old)).ShouldBeTrue();
    }

    public static TheoryData<string, string?, string> MalformedDeletions() => new()
    {
        { "{listed}", "", "Give a reason for the deletion" },
        { "{listed}", "   ", "Give a reason for the deletion" },
        { "{listed}", new string('r', 501), "up to 500 characters" },
        { "{unknown}", "Retention period ended", "not listed for deletion" },
        { "not-a-document", "Retention period ended", "not a document id" },
        { "", "Retention period ended", "not a document id" },
    };

    [Theory]
    [MemberData(nameof(MalformedDeletions))]
    public async Task MalformedDeletion_GetsAMessage_AndDeletesNothing(string id, string? reason, string message)
    {
        var old = await PushAsync(Expired);
        await RunReviewAsync();
        using var admin = await AdminAsync();
        var form = await admin.GetStringAsync($"/admin/retention?id={old}");
        var audited = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.audit_trail WHERE action = 'deleted-after-retention'");

        var response = await PostDeleteAsync(admin, form, id.Replace("{listed}", old.ToString()).Replace("{unknown}", Guid.NewGuid().ToString()), reason);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldContain("field-validation-error");
        html.ShouldNotContain("Exception");
        (await DocumentExistsAsync(old)).ShouldBeTrue();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.audit_trail WHERE action = 'deleted-after-retention'")).ShouldBe(audited);
    }

    [Fact]
    public async Task DeletePost_WithoutAntiforgeryToken_IsRefused()
    {
        var old = await PushAsync(Expired);
        await RunReviewAsync();
        using var admin = await AdminAsync();

        var response = await admin.PostAsync("/admin/retention?handler=Delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = old.ToString(), ["Reason"] = "Retention period ended" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DocumentExistsAsync(old)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Roles.Bookkeeper)]
    [InlineData(Roles.Accountant)]
    public async Task RetentionPageAndApi_ForANonAdmin_Are403(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(fixture.App.Services, email, role);
        using var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(email, UsersForTests.Password);

        (await client.GetAsync("/admin/retention")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/admin/tenants/{fixture.TenantId}/retention")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RecurringJobs_SweeperDatevRetentionAndStoreCleanup_AreInHangfireStorage()
    {
        var expected = new[] { SweeperJob.Id, DatevBatchJob.Id, RetentionReviewJob.Id, StoreCleanupJob.Id };
        List<RecurringJobDto> jobs = [];
        // Registration runs at start-up, in hosted services; give them a moment on a busy machine.
        for (var attempt = 0; attempt < 50 && !expected.All(id => jobs.Any(j => j.Id == id)); attempt++)
        {
            using var connection = fixture.App.Services.GetRequiredService<JobStorage>().GetConnection();
            jobs = connection.GetRecurringJobs();
            await Task.Delay(100);
        }

        foreach (var id in expected)
        {
            var job = jobs.SingleOrDefault(j => j.Id == id);
            job.ShouldNotBeNull($"recurring job {id}");
            job.Cron.ShouldNotBeNullOrWhiteSpace();
            job.Error.ShouldBeNull();
        }

        jobs.Single(j => j.Id == RetentionReviewJob.Id).Cron.ShouldBe("45 3 * * *");
        jobs.Single(j => j.Id == StoreCleanupJob.Id).Cron.ShouldBe("17 * * * *");
    }

    private Task RunReviewAsync() => HangfireRuns.TriggerAndWaitAsync(fixture.App, RetentionReviewJob.Id);

    private Task<Guid> PushAsync(string issueDate) => PushAsync(new InvoiceXml { IssueDate = issueDate, DueDate = null }.ToBytes());

    private async Task<Guid> PushAsync(byte[] bytes)
    {
        using var client = fixture.CreateConnectorClient();
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("status").GetString().ShouldBe("archived");
        return document.GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = fixture.App.CreateBrowserLikeClient();
        await client.SignInAsync(InvoiceHubApp.AdminEmail, InvoiceHubApp.AdminPassword);
        return client;
    }

    private static Task<HttpResponseMessage> PostDeleteAsync(HttpClient client, string page, string id, string? reason) =>
        client.PostAsync("/admin/retention?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id,
            ["Reason"] = reason ?? "",
            ["__RequestVerificationToken"] = SignInExtensions.AntiforgeryToken(page),
        }));

    private async Task<string?> ListedAsync(Guid id) =>
        await fixture.Database.ScalarAsync<string>($"SELECT retain_until::text FROM invoices.retention_reviews WHERE document_id = '{id}'");

    private async Task<bool> DocumentExistsAsync(Guid id) =>
        await fixture.Database.ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM invoices.documents WHERE id = '{id}')");

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private string PathOf(string hash) => Path.Combine(fixture.App.DocumentsPath, hash[..2], hash);
}
