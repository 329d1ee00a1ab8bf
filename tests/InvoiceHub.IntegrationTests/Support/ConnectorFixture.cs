using System.Net.Http.Headers;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>The app plus a connector credential of the default tenant, and a way to change that tenant's settings.</summary>
public class ConnectorFixture : AppFixture
{
    /// <summary>The default tenant's own VAT id: invoices to it are purchases, invoices from it sales.</summary>
    public const string OwnVatId = "DE811111111";

    public Guid TenantId { get; private set; }

    public IssuedApiKey Credential { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        TenantId = (await Database.ScalarAsync<Guid>("SELECT id FROM accounts.tenants WHERE name = 'Default'"))!;
        Credential = await IssueKeyAsync(TenantId, "billing-" + Guid.NewGuid().ToString("N")[..6]);
        await ChangeSettingsAsync(settings => settings.OwnIdentifiers = [OwnVatId]);
    }

    public async Task<IssuedApiKey> IssueKeyAsync(Guid tenantId, string username)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApiCredentialService>().CreateAsync(tenantId, username, CancellationToken.None)
            ?? throw new InvalidOperationException("Could not create the credential");
    }

    public HttpClient CreateConnectorClient(IssuedApiKey? credential = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (credential ?? Credential).ApiKey);
        return client;
    }

    public async Task ChangeSettingsAsync(Action<InvoiceSettings> change, Guid? tenantId = null)
    {
        using var scope = App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<SettingsStore>();
        var settings = await store.GetAsync(tenantId ?? TenantId, CancellationToken.None);
        change(settings);
        await store.SaveAsync(settings, CancellationToken.None);
    }

    public static ByteArrayContent Xml(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }
}
