using Npgsql;

namespace InvoiceHub.Web.Hosting;

/// <summary>
/// Analyzes the busiest tables as soon as they hold their first rows, when PostgreSQL has no statistics for them yet.
/// </summary>
/// <remarks>
/// The application's statements are prepared, and PostgreSQL may keep one generic plan per statement. Made from a table
/// without statistics, where every index costs the same, that plan can pick an index that starts with the tenant alone
/// and go on scanning a whole tenant's documents as the table grows, until autovacuum's first ANALYZE: a minute or more
/// on a new database that receives a burst. Once analyzed, plans come from real statistics and autovacuum keeps those
/// current, so this service stops.
/// </remarks>
internal sealed class FirstStatistics(string connectionString, ILogger<FirstStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromSeconds(5);

    // Enough rows for the statistics to say that the tenant alone selects nothing (there is one tenant so far).
    private const int MinimumChanges = 50;

    private static readonly string[] _tables = ["invoices.documents", "invoices.audit_trail", "parties.parties"];

    private const string Statistics = """
        SELECT schemaname || '.' || relname, n_mod_since_analyze, last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL
        FROM pg_stat_user_tables WHERE schemaname || '.' || relname = ANY($1)
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (await AnalyzeAsync(stoppingToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Analyzes the tables that have rows but no statistics; true once all have statistics.</summary>
    private async Task<bool> AnalyzeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var tables = new List<(string Name, long Changes, bool Analyzed)>();
            await using (var query = new NpgsqlCommand(Statistics, connection))
            {
                query.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = _tables });
                await using var reader = await query.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add((reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)));
                }
            }

            var due = tables.Where(t => !t.Analyzed && t.Changes >= MinimumChanges).ToList();
            foreach (var table in due)
            {
                // The names come from the list above, never from input.
                await using var analyze = new NpgsqlCommand($"ANALYZE {table.Name}", connection);
                await analyze.ExecuteNonQueryAsync(cancellationToken);
                logger.LogInformation("Analyzed {Table}, which had no statistics yet", table.Name);
            }

            return tables.Count == _tables.Length && tables.All(t => t.Analyzed || due.Contains(t));
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // Not essential: autovacuum analyzes the tables too, only later. Try again next time.
            logger.LogDebug(exception, "Could not analyze the tables without statistics");
            return false;
        }
    }
}
