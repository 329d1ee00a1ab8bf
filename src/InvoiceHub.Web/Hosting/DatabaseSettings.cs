using System.Data.Common;
using Npgsql;

namespace InvoiceHub.Web.Hosting;

/// <summary>Where the database is and whether the app migrates it itself (section <c>Database</c>).</summary>
internal sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "InvoiceHub";

    public bool MigrateOnStartup { get; set; } = true;

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
    /// session variables. A setting given explicitly in the configured string wins; plans are always made for the
    /// actual parameter values.
    /// </summary>
    public static string ForApplication(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        // A prepared statement may otherwise settle on a generic plan made while a table was small, say an index on
        // the tenant alone, and keep scanning a whole tenant's documents long after the table has grown. Prepared
        // statements still save the parsing; the plan is made for the actual values each time.
        if (!(builder.Options ?? string.Empty).Contains("plan_cache_mode", StringComparison.Ordinal))
        {
            builder.Options = $"{builder.Options} -c plan_cache_mode=force_custom_plan".Trim();
        }

        return builder.ConnectionString;
    }
}
