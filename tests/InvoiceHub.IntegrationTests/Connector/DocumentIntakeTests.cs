using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.IntegrationTests.Connector;

public sealed class DocumentIntakeTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Push_ValidAndComplete_IsArchivedWithAnInternalNumberAndACreatedSupplier()
    {
        using var client = fixture.CreateConnectorClient();
        var invoice = new InvoiceXml { SellerCvr = InvoiceXml.RandomDigits(8) };

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = await ReadAsync(response);
        document.GetProperty("status").GetString().ShouldBe("archived");
        document.GetProperty("direction").GetString().ShouldBe("purchase");
        document.GetProperty("internalNumber").GetString()!.ShouldMatch(@"^ER-\d{4}-\d{5}$");
        document.GetProperty("invoiceNumber").GetString().ShouldBe(invoice.Number);
        document.GetProperty("reasons").GetArrayLength().ShouldBe(0);
        document.GetProperty("party").GetProperty("outcome").GetString().ShouldBe("created");
        // An 8-digit CVR does not fit the default 5-digit accounts, so the next free supplier number is used.
        int.Parse(document.GetProperty("party").GetProperty("accountNumber").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(70000, 99999);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/documents/{document.GetProperty("id").GetString()}");
    }

    [Fact]
    public async Task Push_WithoutARequiredDueDate_GoesInProgressWithTheReason()
    {
        await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. RequiredField.All, RequiredField.DueDate]);
        try
        {
            using var client = fixture.CreateConnectorClient();

            var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { DueDate = null }.ToBytes()));

            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var document = await ReadAsync(response);
            document.GetProperty("status").GetString().ShouldBe("in_progress");
            document.GetProperty("internalNumber").ValueKind.ShouldBe(JsonValueKind.Null);
            Codes(document).ShouldBe(["missing-due-date"]);
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.RequiredFields = [.. RequiredField.All]);
        }
    }

    [Fact]
    public async Task Push_Invalid_Is422WithFindingsAndStoresNothing()
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountDocumentsAsync();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { WrongTotal = true }.ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await ReadAsync(response);
        problem.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldContain("BR-CO-15");
        (await CountDocumentsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Push_TheSameBytesTwice_AnswersTheFirstDocumentWith200()
    {
        using var client = fixture.CreateConnectorClient();
        var bytes = new InvoiceXml().ToBytes();

        var first = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));
        var second = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await second.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await ReadAsync(second)).GetProperty("id").GetString().ShouldBe((await ReadAsync(first)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Push_ProForma_IsRefusedWithAClearMessage()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { TypeCode = "325" }.ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        (await ReadAsync(response)).GetProperty("detail").GetString()!.ShouldContain("Pro-forma invoices (type code 325) are not imported");
    }

    [Fact]
    public async Task Push_Multipart_WithSalesDirectionAndPaidStatus_KeepsTheMetadata()
    {
        using var client = fixture.CreateConnectorClient();
        using var form = new MultipartFormDataContent
        {
            { ConnectorFixture.Xml(InvoiceXml.FromUs().ToBytes()), "file", "invoice.xml" },
            { new StringContent("""{"direction":"sales","paymentStatus":"paid","externalId":"billing-4711"}"""), "metadata" },
        };

        var response = await client.PostAsync("/api/v1/documents", form);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var document = await ReadAsync(response);
        document.GetProperty("direction").GetString().ShouldBe("sales");
        document.GetProperty("paymentStatus").GetString().ShouldBe("paid");
        document.GetProperty("externalId").GetString().ShouldBe("billing-4711");
        document.GetProperty("counterpartyName").GetString().ShouldBe("Nordsee Fisk ApS");
        document.GetProperty("status").GetString().ShouldBe("archived");
    }

    [Fact]
    public async Task Get_ListOriginalAndRendered_ReturnTheDocumentAndAreAudited()
    {
        using var client = fixture.CreateConnectorClient();
        var invoice = new InvoiceXml();
        var created = await ReadAsync(await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice.ToBytes())));
        var id = created.GetProperty("id").GetString();

        var single = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
        var original = await client.GetByteArrayAsync($"/api/v1/documents/{id}/original");
        var rendered = await client.GetStringAsync($"/api/v1/documents/{id}/rendered");
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents?number={Uri.EscapeDataString(invoice.Number.ToLowerInvariant())}");

        single.GetProperty("invoiceNumber").GetString().ShouldBe(invoice.Number);
        original.ShouldBe(invoice.ToBytes());
        rendered.ShouldContain($"Invoice {invoice.Number}");
        rendered.ShouldContain("Fresh cod");
        list.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe([id]);
        var reads = await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM invoices.audit_trail WHERE document_id = '{id}' AND action IN ('read', 'read-original', 'read-rendered')");
        reads.ShouldBe(3);
    }

    [Fact]
    public async Task List_PagesWithTheAfterCursor()
    {
        using var client = fixture.CreateConnectorClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()))).EnsureSuccessStatusCode();
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents?limit=2{(after is null ? "" : "&after=" + after)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        seen.Count.ShouldBeGreaterThanOrEqualTo(3);
        seen.ShouldBeUnique();
        seen.ShouldBe([.. seen.Order(StringComparer.Ordinal)]);
    }

    private Task<long> CountDocumentsAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
