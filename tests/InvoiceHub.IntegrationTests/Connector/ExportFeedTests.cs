using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

public sealed class ExportFeedTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task ExportFeed_DeliversArchivedInvoicesUntilAcknowledged_AndNeverAfter()
    {
        using var client = fixture.CreateConnectorClient();
        var archived = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            archived.Add((await ReadAsync(response)).GetProperty("id").GetString()!);
        }

        await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. InvoiceHub.Invoices.Settings.RequiredField.All, "due-date"]);
        var queued = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { DueDate = null }.ToBytes())));
        await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. InvoiceHub.Invoices.Settings.RequiredField.All]);
        queued.GetProperty("status").GetString().ShouldBe("in_progress");

        var firstPoll = await PendingIdsAsync(client);
        firstPoll.Where(archived.Contains).ShouldBe(archived, "archived invoices come in archive order");
        firstPoll.ShouldNotContain(queued.GetProperty("id").GetString()!, "documents in progress are not exported");
        (await PendingIdsAsync(client)).ShouldContain(archived[0], "an unacknowledged invoice is delivered again");

        var ack = await client.PostAsJsonAsync("/api/v1/export/ack", new { ids = archived.Take(2) });
        var again = await client.PostAsJsonAsync("/api/v1/export/ack", new { ids = archived.Take(2) });

        (await ReadAsync(ack)).GetProperty("acknowledged").EnumerateArray().Select(e => e.GetString()).ShouldBe(archived.Take(2), ignoreOrder: true);
        (await ReadAsync(again)).GetProperty("acknowledged").GetArrayLength().ShouldBe(0);
        var pending = await PendingIdsAsync(client);
        pending.ShouldNotContain(archived[0]);
        pending.ShouldNotContain(archived[1]);
        pending.ShouldContain(archived[2]);
        var exported = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{archived[0]}");
        exported.GetProperty("exportedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task ExportFeed_PagesWithTheCursorInArchiveOrder()
    {
        using var client = fixture.CreateConnectorClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()))).EnsureSuccessStatusCode();
        }

        var all = new List<string>();
        long? cursor = 0;
        while (cursor is not null)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/export?limit=2&cursor={cursor}");
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64();
        }

        all.Count.ShouldBeGreaterThanOrEqualTo(3);
        all.ShouldBeUnique();
    }

    [Fact]
    public async Task ArchivedDocument_CannotBeChangedOrDeleted_EvenBySql()
    {
        using var client = fixture.CreateConnectorClient();
        var created = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes())));
        var id = created.GetProperty("id").GetString();
        created.GetProperty("status").GetString().ShouldBe("archived");

        var change = await Should.ThrowAsync<Npgsql.PostgresException>(() =>
            fixture.Database.ScalarAsync<int>($"UPDATE invoices.documents SET total_amount = 1 WHERE id = '{id}'; SELECT 1"));
        var delete = await Should.ThrowAsync<Npgsql.PostgresException>(() =>
            fixture.Database.ScalarAsync<int>($"DELETE FROM invoices.documents WHERE id = '{id}'; SELECT 1"));
        await fixture.Database.ScalarAsync<int>($"UPDATE invoices.documents SET exported_at = now() WHERE id = '{id}'; SELECT 1");

        change.MessageText.ShouldContain("cannot be changed");
        delete.MessageText.ShouldContain("cannot be deleted");
        (await fixture.Database.ScalarAsync<decimal>($"SELECT total_amount FROM invoices.documents WHERE id = '{id}'")).ShouldBe(125m);
    }

    [Fact]
    public async Task ConcurrentAcknowledgements_OfOneDocument_AcknowledgeItExactlyOnce()
    {
        using var client = fixture.CreateConnectorClient();
        var created = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes())));
        var id = created.GetProperty("id").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsJsonAsync("/api/v1/export/ack", new { ids = new[] { id } })));

        var acknowledgedCounts = await Task.WhenAll(answers.Select(async a => (await ReadAsync(a)).GetProperty("acknowledged").GetArrayLength()));
        acknowledgedCounts.Sum().ShouldBe(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{id}' AND action = 'exported'")).ShouldBe(1);
    }

    [Fact]
    public async Task Acknowledge_WithoutIds_Is400()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsJsonAsync("/api/v1/export/ack", new { ids = Array.Empty<Guid>() });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<List<string>> PendingIdsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/export?limit=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
