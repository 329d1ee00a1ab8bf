using InvoiceHub.Accounts.Persistence;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_OnEmptyDatabase_ApplyAllAndCreateTheAccountsSchema()
    {
        await using var database = await TestDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContextOptions.Configure(options, database.ConnectionString);
        await using var db = new AccountsDbContext(options.Options);

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();
        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        var tables = await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'accounts' AND table_name IN ('tenants', 'tenant_memberships', 'users')");
        tables.ShouldBe(3);
    }
}
