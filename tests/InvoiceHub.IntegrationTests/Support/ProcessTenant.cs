using InvoiceHub.Accounts;
using InvoiceHub.Accounts.ApiCredentials;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>Prepares the default tenant of an app that runs as its own process: an API key and its own VAT id.</summary>
public static class ProcessTenant
{
    public static async Task<string> IssueKeyAsync(string connectionString, string username)
    {
        // The host records account events in the audit trail; this out-of-process set-up has no host, and its one event
        // (the test's own key) is no one's business.
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddAccountsModule(connectionString)
            .AddSingleton<IAccountAudit, UnrecordedAccountEvents>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var tenantId = await DefaultTenantIdAsync(connectionString);
        var issued = await scope.ServiceProvider.GetRequiredService<ApiCredentialService>().CreateAsync(tenantId, username, CancellationToken.None);
        return issued!.ApiKey;
    }

    public static Task<Guid> DefaultTenantIdAsync(string connectionString) =>
        ScalarAsync<Guid>(connectionString, "SELECT id FROM accounts.tenants WHERE name = 'Default'");

    // Invoices to the tenant's own VAT id are purchases (InvoiceXml's buyer).
    public static Task SetOwnVatIdAsync(string connectionString) =>
        ScalarAsync<int>(connectionString,
            $"INSERT INTO invoices.settings (tenant_id, block_duplicates, default_payment_status, auto_create_parties, excluded_type_codes, required_fields, purchase_number_format, sales_number_format, own_identifiers) "
            + $"SELECT id, true, 'Unknown', true, ARRAY['325','386'], ARRAY['number','issue-date','counterparty','currency','totals'], 'ER-{{yyyy}}-{{seq:00000}}', 'AR-{{yyyy}}-{{seq:00000}}', ARRAY['{ConnectorFixture.OwnVatId}'] "
            + "FROM accounts.tenants WHERE name = 'Default'; SELECT 1");

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class UnrecordedAccountEvents : IAccountAudit
    {
        public Task RecordAsync(Guid tenantId, string actor, string action, string? detail, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
