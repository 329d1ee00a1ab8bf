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
        using var client = fixture.CreateConnectorClient();

        for (var i = 0; i < 60; i++)
        {
            var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        // Statistics reach pg_stat_user_tables within a second or so; the app looks every 5 s.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await fixture.Database.ScalarAsync<bool>(analyzed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        (await fixture.Database.ScalarAsync<bool>(analyzed)).ShouldBeTrue("the app analyzes a table without statistics once it has rows");
    }
}
