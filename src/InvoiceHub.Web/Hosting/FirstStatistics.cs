using Npgsql;

namespace InvoiceHub.Web.Hosting;

/// <summary>
/// Analyzes the busiest tables as soon as they hold their first rows, when PostgreSQL has no statistics for them yet.
/// </summary>
/// <remarks>
/// The application's statements are prepared, and PostgreSQL may keep one generic plan per statement. Made from a table
/// without statistics, where every index costs the same, that plan can pick an index that starts with the tenant alone
/// and go on scanning a whole tenant's documents as the table grows, until autovacuum's first ANALYZE: a minute or more
/// on a new database that receives a burst. Once the documents and their audit trail have statistics from real rows,
/// autovacuum keeps them current and this service stops. ANALYZE needs the table's owner (or, from PostgreSQL 17, the
/// MAINTAIN privilege); without it the service says so once and leaves the table to autovacuum.
/// </remarks>
internal sealed class FirstStatistics(string connectionString, ILogger<FirstStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromSeconds(5);

    // Enough rows for the statistics to say that the tenant alone selects nothing (there is one tenant so far). Below
    // that, any plan is cheap.
    private const int MinimumRows = 50;

    // The service stops once these have statistics; the parties are analyzed on the way when they are due.
    private static readonly string[] _required = ["invoices.documents", "invoices.audit_trail"];
    private static readonly string[] _tables = [.. _required, "parties.parties"];

    // reltuples is what the last ANALYZE (or VACUUM) saw: -1 never, 0 an empty table, which tells the planner nothing.
    private const string Statistics = """
        SELECT s.schemaname || '.' || s.relname, c.reltuples, s.n_live_tup, pg_has_role(c.relowner, 'USAGE')
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname || '.' || s.relname = ANY($1)
        """;

    private readonly HashSet<string> _notOurs = new(StringComparer.Ordinal);

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

    /// <summary>Analyzes the tables that have rows but no statistics from them; true once the required ones have.</summary>
    private async Task<bool> AnalyzeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var tables = new List<(string Name, double Tuples, long LiveRows, bool Owned)>();
            await using (var query = new NpgsqlCommand(Statistics, connection))
            {
                query.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = _tables });
                await using var reader = await query.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add((reader.GetString(0), reader.GetFloat(1), reader.GetInt64(2), reader.GetBoolean(3)));
                }
            }

            bool HasStatistics(string name) =>
                _notOurs.Contains(name) || tables.Any(t => t.Name == name && t.Tuples >= MinimumRows);

            foreach (var table in tables.Where(t => t.Tuples < MinimumRows && t.LiveRows >= MinimumRows && !_notOurs.Contains(t.Name)))
            {
                if (!table.Owned)
                {
                    _notOurs.Add(table.Name);
                    logger.LogWarning("Cannot analyze {Table}: the database role does not own it; its first statistics come from autovacuum", table.Name);
                    continue;
                }

                // The names come from the list above, never from input.
                await using var analyze = new NpgsqlCommand($"ANALYZE {table.Name}", connection);
                await analyze.ExecuteNonQueryAsync(cancellationToken);
                logger.LogInformation("Analyzed {Table}, which had no statistics from its rows yet", table.Name);
            }

            // Decided on what PostgreSQL reports, so the next round confirms an ANALYZE before the service stops.
            return _required.All(HasStatistics);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // Not essential: autovacuum analyzes the tables too, only later. Try again next time.
            logger.LogDebug(exception, "Could not analyze the tables without statistics");
            return false;
        }
    }
}
