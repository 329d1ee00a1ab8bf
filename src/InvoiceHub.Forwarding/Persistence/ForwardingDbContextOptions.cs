using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Persistence;

/// <summary>The one place that says how the forwarding module talks to PostgreSQL.</summary>
internal static class ForwardingDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", ForwardingDbContext.Schema))
            .UseSnakeCaseNamingConvention();
}
