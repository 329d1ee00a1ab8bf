using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Persistence;

/// <summary>The one place that says how the invoices module talks to PostgreSQL.</summary>
internal static class InvoicesDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", InvoicesDbContext.Schema))
            .UseSnakeCaseNamingConvention();
}
