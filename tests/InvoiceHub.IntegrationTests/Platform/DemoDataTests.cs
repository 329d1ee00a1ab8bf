using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

public sealed class DemoDataTests
{
    [Fact]
    public async Task DemoData_OnFirstStart_SeedsUsersCredentialAndInvoices_AndASecondStartAddsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var demo = new Dictionary<string, string?> { ["DemoData:Enabled"] = "true" };

        await using (var first = new InvoiceHubApp(database.ConnectionString, demo))
        {
            _ = first.Services;
        }

        await using (var second = new InvoiceHubApp(database.ConnectionString, demo))
        {
            _ = second.Services;
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.users")).ShouldBe(3); // admin + bookkeeper + accountant
        (await database.ScalarAsync<long>("SELECT count(*) FROM accounts.api_credentials")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents")).ShouldBe(3);
        (await database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents WHERE status = 'Archived'")).ShouldBe(3);
        (await database.ScalarAsync<long>("SELECT count(*) FROM parties.parties")).ShouldBe(2); // two suppliers, created from their invoices
    }
}
