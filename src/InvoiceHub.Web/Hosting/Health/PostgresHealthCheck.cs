using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace InvoiceHub.Web.Hosting.Health;

/// <summary>Ready only when PostgreSQL answers a query now.</summary>
internal sealed class PostgresHealthCheck(IConfiguration configuration) : IHealthCheck
{
    // An unpooled connection with a short timeout: a pooled one could hide a restarted or vanished server.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(DatabaseSettings.GetConnectionString(configuration))
    {
        Pooling = false,
        Timeout = 3,
        CommandTimeout = 3,
    }.ConnectionString;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {exception.Message}");
        }
    }
}
