using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>An internal number format that cannot number an archive is refused when saved and, if it got into the table anyway, holds invoices back instead of failing them.</summary>
public sealed class NumberFormatTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Settings_WithoutExactlyOneSeq_AreRefused_AndAFormatSetInTheTableQueuesTheInvoiceWithTheReason()
    {
        // Written straight into the table, past the check (nothing of this tenant's settings is cached yet: the
        // fixture's last save made the app forget them).
        await fixture.Database.ScalarAsync<int>(
            $"UPDATE invoices.settings SET purchase_number_format = 'ER-{{SEQ}}' WHERE tenant_id = '{fixture.TenantId}' RETURNING 1");
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["internal-number-format"]);

        var refused = await Should.ThrowAsync<ArgumentException>(fixture.ChangeSettingsAsync(s => s.PurchaseNumberFormat = "ER-{yyyy}"));
        refused.Message.ShouldContain("{seq}");
    }
}
