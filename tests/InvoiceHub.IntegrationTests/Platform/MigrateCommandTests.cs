using InvoiceHub.Cli;
using InvoiceHub.Cli.Migrate;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_OnEmptyDatabase_AppliesEverything_AndASecondRunFindsItUpToDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var firstOut = new StringWriter();
        using var secondOut = new StringWriter();
        using var error = new StringWriter();

        var first = CliApplication.Run(["migrate", "--connection", database.ConnectionString], firstOut, error);
        var second = CliApplication.Run(["migrate", "--connection", database.ConnectionString], secondOut, error);

        first.ShouldBe(0, error.ToString());
        firstOut.ToString().ShouldContain("accounts: applied");
        firstOut.ToString().ShouldContain("parties: applied");
        second.ShouldBe(0, error.ToString());
        secondOut.ToString().ShouldContain("accounts: up to date");
        secondOut.ToString().ShouldContain("parties: up to date");
        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.__ef_migrations_history")).ShouldBeGreaterThan(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM parties.__ef_migrations_history")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Migrate_WithAnUnreachableServer_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApplication.Run(
            ["migrate", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2"], output, error);

        exit.ShouldBe(1);
        error.ToString().ShouldStartWith("invoicehub migrate:");
    }

    [Fact]
    public void Migrate_WithoutAConnection_IsAUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.GetEnvironmentVariable(MigrateCommand.ConnectionVariable).ShouldBeNull("the test needs the variable unset");

        var exit = CliApplication.Run(["migrate"], output, error);

        exit.ShouldBe(2);
        error.ToString().ShouldContain("no database given");
    }
}
