using System.Net.Http.Headers;
using System.Text.Json;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.BrowserTests;

/// <summary>The browser fixture plus the default tenant set up for the workspace: its own VAT id, due dates required.</summary>
public sealed class WorkspaceFixture : BrowserFixture
{
    public Guid TenantId { get; private set; }

    public IssuedApiKey Credential { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        TenantId = await Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'");
        Credential = await IssueKeyAsync(TenantId);
        await ChangeSettingsAsync(TenantId, s =>
        {
            s.OwnIdentifiers = [ConnectorFixture.OwnVatId];
            // Invoices without a due date wait in the queue: "an invoice with missing data".
            s.RequiredFields = [.. RequiredField.All, RequiredField.DueDate];
        });
    }

    public async Task<IssuedApiKey> IssueKeyAsync(Guid tenantId)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApiCredentialService>().CreateAsync(tenantId, "billing-" + Guid.NewGuid().ToString("N")[..6], CancellationToken.None)
            ?? throw new InvalidOperationException("Could not create the credential");
    }

    public async Task ChangeSettingsAsync(Guid tenantId, Action<InvoiceSettings> change)
    {
        using var scope = App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<SettingsStore>();
        var settings = await store.GetAsync(tenantId, CancellationToken.None);
        change(settings);
        await store.SaveAsync(settings, CancellationToken.None);
    }

    /// <summary>Pushes an invoice through the connector API as billing software would; returns its id and status.</summary>
    public async Task<(Guid Id, string Status)> PushAsync(InvoiceXml invoice, IssuedApiKey? credential = null)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (credential ?? Credential).ApiKey);
        var content = new ByteArrayContent(invoice.ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        var response = await client.PostAsync("/api/v1/documents", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Push failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("status").GetString()!);
    }
}
