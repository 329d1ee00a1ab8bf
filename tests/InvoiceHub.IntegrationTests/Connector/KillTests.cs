using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

public sealed class KillTests
{
    [Fact]
    public async Task SigkillDuringLoad_EveryAcknowledgedInvoiceSurvivesCompleteAndNoneIsDuplicated()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documents = Path.Combine(Path.GetTempPath(), $"invoicehub-kill-{Guid.NewGuid():N}");
        await using var app = new AppProcess(database.ConnectionString, documents);
        await app.StartAsync();
        var key = await ProcessTenant.IssueKeyAsync(database.ConnectionString, "kill-test");
        await ProcessTenant.SetOwnVatIdAsync(database.ConnectionString);

        var acknowledged = new ConcurrentBag<(string Id, string Number, byte[] Bytes)>();
        using var stop = new CancellationTokenSource();
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var bytes = new InvoiceXml().ToBytes();
                try
                {
                    using var response = await http.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));
                    if (response.IsSuccessStatusCode)
                    {
                        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                        acknowledged.Add((body.GetProperty("id").GetString()!, body.GetProperty("invoiceNumber").GetString()!, bytes));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // The app is being killed: requests without an answer prove nothing either way.
                }
            }
        })).ToArray();

        await WaitUntilAsync(() => acknowledged.Count >= 40, TimeSpan.FromSeconds(60));
        app.Kill();
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        await app.StartAsync();

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(40);
        foreach (var (id, number, bytes) in acknowledged)
        {
            var document = await http.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
            document.GetProperty("invoiceNumber").GetString().ShouldBe(number);
            document.GetProperty("status").GetString().ShouldBeOneOf("archived", "in_progress");
            (await http.GetByteArrayAsync($"/api/v1/documents/{id}/original")).ShouldBe(bytes);
        }

        (await database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT invoice_number FROM invoices.documents GROUP BY invoice_number HAVING count(*) > 1) d")).ShouldBe(0);
        (await database.ScalarAsync<long>(
            "SELECT count(*) FROM invoices.documents WHERE status = 'Archived' AND (internal_number IS NULL OR archive_sequence IS NULL)")).ShouldBe(0);
        (await database.ScalarAsync<long>(
            "SELECT count(*) FROM invoices.documents d WHERE NOT EXISTS (SELECT 1 FROM invoices.audit_trail a WHERE a.document_id = d.id AND a.action = 'received')")).ShouldBe(0);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
