using System.Net;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Platform;

/// <summary>A new database's busy tables get statistics from the app within seconds, not at autovacuum's first round.</summary>
public sealed class FirstStatisticsTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task DocumentsTable_IsAnalyzedByTheApp_SoonAfterItsFirstRows()
    {
        const string analyzed = "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE schemaname = 'invoices' AND relname = 'documents'";
        (await fixture.Database.ScalarAsync<bool>(analyzed)).ShouldBeFalse("a new database has no statistics yet");

        // Autovacuum may get there first in a quiet test database (the 60 rows pass its threshold of 50 changes), and
        // then the app rightly has nothing to do. In this class's own database, only the app may analyze the table.
        await fixture.Database.ScalarAsync<int>("ALTER TABLE invoices.documents SET (autovacuum_enabled = false)");
        using var client = fixture.CreateConnectorClient();

        for (var i = 0; i < 60; i++)
        {
            var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        // Row counts reach pg_stat_user_tables once the backends flush them (at most 10 s for an idle pooled
        // connection); the app looks every 5 s.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await fixture.Database.ScalarAsync<bool>(analyzed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        var rows = await fixture.Database.ScalarAsync<long>("SELECT n_live_tup FROM pg_stat_user_tables WHERE schemaname = 'invoices' AND relname = 'documents'");
        (await fixture.Database.ScalarAsync<bool>(analyzed)).ShouldBeTrue(
            $"the app analyzes a table without statistics once it has rows (PostgreSQL counted {rows} live rows)");
    }
}
