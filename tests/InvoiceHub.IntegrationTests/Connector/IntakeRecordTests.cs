using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Settings;
using Npgsql;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// The intake writes documents with its own SQL, everything else reads them through EF Core: both must agree on every
/// column and on the JSON of reasons, findings and the party match.
/// </summary>
public sealed class IntakeRecordTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task IntakeColumns_AreExactlyTheColumnsOfTheDocumentsTable()
    {
        var columns = new List<string>();
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'invoices' AND table_name = 'documents' AND is_generated = 'NEVER'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        IntakeDatabase.Columns.Order(StringComparer.Ordinal).ShouldBe(columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueuedDocument_ReadsBackAsItWasAnswered_WithItsAuditEntriesInOrder()
    {
        await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. RequiredField.All, RequiredField.DueDate]);
        try
        {
            using var client = fixture.CreateConnectorClient();
            // No due date (queued with a reason), a German seller without a route id (a finding), a known-nothing supplier.
            var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { DueDate = null }.ToBytes()));
            await pushed.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var answered = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync()).RootElement;
            answered.GetProperty("status").GetString().ShouldBe("in_progress");
            var id = answered.GetProperty("id").GetString();

            var read = await client.GetAsync($"/api/v1/documents/{id}");
            await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var stored = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;

            // Every field, so that two values swapped in the hand-written insert would show.
            stored.GetRawText().ShouldBe(answered.GetRawText());

            var actions = await StateChangesAsync(id);
            actions.ShouldNotBeNull();
            actions.ShouldStartWith("received:");
            actions.ShouldEndWith("|queued:missing-due-date");
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. RequiredField.All]);
        }
    }

    [Fact]
    public async Task ArchivedDocument_ReadsBackAsItWasAnswered_ReceivedThenArchivedWithItsNumber()
    {
        using var client = fixture.CreateConnectorClient();
        var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
        await pushed.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var answered = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync()).RootElement;
        answered.GetProperty("status").GetString().ShouldBe("archived");
        var id = answered.GetProperty("id").GetString();

        var read = await client.GetAsync($"/api/v1/documents/{id}");
        var stored = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;

        stored.GetRawText().ShouldBe(answered.GetRawText());

        var actions = await StateChangesAsync(id);
        actions.ShouldNotBeNull();
        actions.ShouldStartWith("received:");
        actions.ShouldEndWith($"|archived:{answered.GetProperty("internalNumber").GetString()}");
    }

    [Fact]
    public async Task Resend_OfBytesThatWouldNowBeRefused_AnswersTheEarlierDocument()
    {
        using var client = fixture.CreateConnectorClient();
        var bytes = new InvoiceXml().ToBytes();
        var first = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        await fixture.ChangeSettingsAsync(s => s.ExcludedTypeCodes = [.. s.ExcludedTypeCodes, "380"]);
        try
        {
            var again = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));

            await again.ShouldHaveStatusAsync(HttpStatusCode.OK);
            JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString().ShouldBe(id);
            var refused = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
            await refused.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.ExcludedTypeCodes = [.. s.ExcludedTypeCodes.Where(code => code != "380")]);
        }
    }

    /// <summary>The document's audit trail without the reads: "action:detail|action:detail", oldest first.</summary>
    private Task<string?> StateChangesAsync(string? id) =>
        fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(action || ':' || coalesce(detail, ''), '|' ORDER BY id) FROM invoices.audit_trail WHERE document_id = '{id}' AND action NOT LIKE 'read%'");
}
