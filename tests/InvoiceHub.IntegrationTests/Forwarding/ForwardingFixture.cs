using InvoiceHub.Forwarding.ChannelSettings;
using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>The app with fast retries (so a test sees several attempts in seconds) and a tenant per test.</summary>
public sealed class ForwardingFixture : ConnectorFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forwarding:RetryBaseDelay"] = "00:00:00.300",
        ["Forwarding:MaxRetryDelay"] = "00:00:01",
        ["Forwarding:MaxAttempts"] = "3",
        ["Forwarding:RelayInterval"] = "00:00:00.100",
        ["Hangfire:SchedulePollingInterval"] = "00:00:00.500",
        ["Hangfire:WorkerCount"] = "2",
    };

    /// <summary>A fresh tenant that takes our VAT id as its own (invoices to it are purchases) and a connector client for it.</summary>
    public async Task<(HttpClient Client, Guid TenantId)> NewTenantAsync()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(App);
        await ChangeSettingsAsync(settings => settings.OwnIdentifiers = [OwnVatId], tenantId);
        return (client, tenantId);
    }

    public async Task<string?> ConfigureAsync(Guid tenantId, Func<ChannelSettingsInput, ChannelSettingsInput> change, bool newWebhookSecret = false)
    {
        using var scope = App.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<ChannelSettingsHandler>();
        var secret = newWebhookSecret ? await handler.NewWebhookSecretAsync(tenantId, CancellationToken.None) : null;
        var errors = await handler.SaveAsync(tenantId, change(await handler.GetAsync(tenantId, CancellationToken.None)), CancellationToken.None);
        errors.ShouldBeEmpty();
        return secret;
    }

    internal async Task<List<Delivery>> DeliveriesAsync(Guid tenantId)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ForwardingDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId).OrderBy(d => d.CreatedAt).ToListAsync();
    }

    /// <summary>Waits until the tenant's deliveries satisfy the condition (the jobs run in the background).</summary>
    internal async Task<List<Delivery>> WaitForAsync(Guid tenantId, Func<List<Delivery>, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var deliveries = await DeliveriesAsync(tenantId);
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

    public static async Task<Guid> ArchiveAsync(HttpClient client, InvoiceXml? invoice = null)
    {
        var response = await client.PostAsync("/api/v1/documents", Xml((invoice ?? new InvoiceXml()).ToBytes()));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("status").GetString().ShouldBe("archived", body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(Guid documentId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT action || ': ' || coalesce(detail, '') FROM invoices.audit_trail WHERE document_id = $1 ORDER BY id", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = documentId });
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    internal static bool AllDone(List<Delivery> deliveries, int count) =>
        deliveries.Count == count && deliveries.All(d => d.Status != DeliveryStatus.Pending);
}
