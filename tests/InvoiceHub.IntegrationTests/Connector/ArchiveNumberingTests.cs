using System.Globalization;
using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using Npgsql;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>Internal numbers as the archive assigns them: per tenant and direction, in the tenant's format, gap-free.</summary>
public sealed class ArchiveNumberingTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task ConcurrentPushes_GetConsecutiveNumbersInTheTenantsFormat_EachAuditedWithItsNumber()
    {
        await fixture.ChangeSettingsAsync(s => s.PurchaseNumberFormat = "IN/{yy}/{seq:000}");
        using var client = fixture.CreateConnectorClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(_ => client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()))));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            document.GetProperty("status").GetString().ShouldBe("archived");
            numbers.Add(document.GetProperty("internalNumber").GetString()!);
        }

        var yy = (DateTime.UtcNow.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        numbers.Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(1, 24).Select(n => $"IN/{yy}/{n:000}"));
        var audited = await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM invoices.audit_trail a JOIN invoices.documents d ON d.id = a.document_id "
            + "WHERE a.action = 'archived' AND a.detail = d.internal_number AND d.internal_number LIKE 'IN/%'");
        audited.ShouldBe(24);
    }

    [Fact]
    public async Task Numbering_BeyondTheFormatsDigits_KeepsAllDigits()
    {
        await fixture.ChangeSettingsAsync(s => s.SalesNumberFormat = "AR-{seq:00}-{yyyy}");
        await using (var connection = new NpgsqlConnection(fixture.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "INSERT INTO invoices.number_sequences (tenant_id, direction, year, next_value) VALUES ($1, 'Sales', $2, 100)", connection);
            command.Parameters.AddWithValue(fixture.TenantId);
            command.Parameters.AddWithValue(DateTime.UtcNow.Year);
            await command.ExecuteNonQueryAsync();
        }

        using var client = fixture.CreateConnectorClient();
        var response = await client.PostAsync("/api/v1/documents?direction=sales", ConnectorFixture.Xml(InvoiceXml.FromUs().ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("internalNumber").GetString().ShouldBe($"AR-100-{DateTime.UtcNow.Year}");
    }
}
