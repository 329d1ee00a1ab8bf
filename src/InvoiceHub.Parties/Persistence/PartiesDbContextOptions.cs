using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Persistence;

/// <summary>The one place that says how the parties module talks to PostgreSQL.</summary>
internal static class PartiesDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", PartiesDbContext.Schema))
            .UseSnakeCaseNamingConvention();
}
