using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Tenants of their own and HTTP clients that call the connector API with a real API key of theirs.</summary>
public static class ConnectorClients
{
    /// <summary>A fresh tenant, so tests sharing one app and database never see each other's data.</summary>
    public static async Task<Guid> CreateTenantAsync(InvoiceHubApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var tenant = new Tenant { Name = $"Tenant {Guid.NewGuid():N}", CreatedAt = DateTimeOffset.UtcNow };
        db.TenantSet.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    /// <summary>A client whose requests carry an <c>X-Api-Key</c> of the given tenant.</summary>
    public static async Task<HttpClient> ForTenantAsync(InvoiceHubApp app, Guid tenantId)
    {
        using var scope = app.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiCredentialService>()
            .CreateAsync(tenantId, $"connector-{Guid.NewGuid():N}", CancellationToken.None)
            ?? throw new InvalidOperationException($"No tenant {tenantId}");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);
        return client;
    }

    public static async Task<(HttpClient Client, Guid TenantId)> ForNewTenantAsync(InvoiceHubApp app)
    {
        var tenantId = await CreateTenantAsync(app);
        return (await ForTenantAsync(app, tenantId), tenantId);
    }
}
