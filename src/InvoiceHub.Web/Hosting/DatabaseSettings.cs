using System.Data.Common;
using Npgsql;

namespace InvoiceHub.Web.Hosting;

/// <summary>Where the database is and whether the app migrates it itself (section <c>Database</c>).</summary>
internal sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "InvoiceHub";

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// How long the app's own commands, and opening a connection, may take before they fail: a hung database answers
    /// 503 in seconds instead of piling requests up. Npgsql then sends the hung server a cancellation, which waits
    /// too, so a request on a frozen database ends after about three times this (measured 6 s with 2 s).
    /// Migrations and the job storage keep the connection string's own.
    /// </summary>
    public int CommandTimeoutSeconds { get; set; } = DefaultCommandTimeoutSeconds;

    public const int DefaultCommandTimeoutSeconds = 5;

    public static string GetConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database configured. Set ConnectionStrings:InvoiceHub (environment variable ConnectionStrings__InvoiceHub), "
                + "or start the application with scripts/start.sh, which provisions a local PostgreSQL.");
        }

        return connectionString;
    }

    /// <summary>
    /// The connection string the application's own DbContexts use: pooled connections are not reset on return, so
    /// their prepared statements survive, and the hot statements are prepared automatically (each reset was a
    /// <c>DISCARD ALL</c> round trip, and each unprepared statement a fresh parse and plan). Safe here because the
    /// application never leaves session state behind: its advisory locks are transaction-scoped and it sets no
    /// session variables. A setting given explicitly in the configured string wins. Generic plans of prepared
    /// statements are safe once the tables have statistics, which <see cref="FirstStatistics"/> sees to early.
    /// </summary>
    public static string ForApplication(string connectionString, int commandTimeoutSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = commandTimeoutSeconds;
        }

        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = commandTimeoutSeconds;
        }

        // A timed-out command is cancelled on the server, but a hung server never confirms: do not wait for it.
        if (!given.ContainsKey("Cancellation Timeout") && !given.ContainsKey("CancellationTimeout"))
        {
            builder.CancellationTimeout = -1;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
