using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace InvoiceHub.Accounts.Persistence;

/// <summary>The one place that says how the accounts module talks to PostgreSQL.</summary>
internal static class AccountsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", AccountsDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            // A failing command or connection surfaces as an exception, logged once where it is handled; EF's own
            // error lines would repeat it, and on first start report the database and history tables migrations create.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
