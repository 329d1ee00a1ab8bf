using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.BrowserTests.Forwarding;

/// <summary>The browser fixture with fast forwarding retries, the default tenant taking our VAT id as its own, and a connector key.</summary>
public sealed class ForwardingBrowserFixture : BrowserFixture
{
    public Guid TenantId { get; private set; }

    public string ApiKey { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>(base.Settings ?? new Dictionary<string, string?>())
    {
        ["Forwarding:RetryBaseDelay"] = "00:00:00.300",
        ["Forwarding:MaxRetryDelay"] = "00:00:01",
        ["Forwarding:MaxAttempts"] = "3",
        ["Forwarding:RelayInterval"] = "00:00:00.100",
        ["Hangfire:SchedulePollingInterval"] = "00:00:00.500",
        ["Hangfire:WorkerCount"] = "2",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        TenantId = await Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        using var scope = App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<SettingsStore>();
        var settings = await store.GetAsync(TenantId, CancellationToken.None);
        settings.OwnIdentifiers = [ConnectorFixture.OwnVatId];
        await store.SaveAsync(settings, CancellationToken.None);
        var issued = await scope.ServiceProvider.GetRequiredService<InvoiceHub.Accounts.ApiCredentials.ApiCredentialService>()
            .CreateAsync(TenantId, "forwarding-browser", CancellationToken.None);
        ApiKey = issued!.ApiKey;
    }

    /// <summary>Pushes an invoice through the connector API; returns the archived document's id.</summary>
    public async Task<Guid> ArchiveAsync(InvoiceXml invoice)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("status").GetString().ShouldBe("archived", body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>Waits until the document's deliveries satisfy the condition (the jobs run in the background).</summary>
    public async Task<IReadOnlyList<DeliveryView>> WaitForAsync(Guid documentId, Func<IReadOnlyList<DeliveryView>, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            using var scope = App.Services.CreateScope();
            var deliveries = await scope.ServiceProvider.GetRequiredService<DeliveryQueries>().ForDocumentAsync(TenantId, documentId, CancellationToken.None);
            if (condition(deliveries))
            {
                return deliveries;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Deliveries did not reach the expected state: {string.Join("; ", deliveries.Select(d => $"{d.Channel} {d.Status} {d.Attempts} {d.LastError}"))}");
            }

            await Task.Delay(200);
        }
    }
}
