using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Persistence;

/// <summary>The one place that says how the accounts module talks to PostgreSQL.</summary>
internal static class AccountsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", AccountsDbContext.Schema))
            .UseSnakeCaseNamingConvention();
}
