using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace InvoiceHub.Invoices.Persistence;

/// <summary>The one place that says how the invoices module talks to PostgreSQL.</summary>
internal static class InvoicesDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", InvoicesDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            // A unique violation is how concurrent duplicates are decided: expected, handled, and not an error to log.
            // Any other failing command or connection surfaces as an exception, logged once where it is handled.
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug)));
}
