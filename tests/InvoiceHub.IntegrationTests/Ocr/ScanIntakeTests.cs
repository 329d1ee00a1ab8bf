using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Ocr.Tests.Recognition;

namespace InvoiceHub.IntegrationTests.Ocr;

/// <summary>
/// Scans through the real connector: stored at once and answered 202, recognised by the Hangfire job (real Tesseract,
/// real PostgreSQL job storage), queued with the fields and the supplier; bad scans answered before anything is kept.
/// </summary>
public sealed class ScanIntakeTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    private static readonly TimeSpan _recognitionTimeout = TimeSpan.FromMinutes(5);

    [ScanFact]
    public async Task ScannedInvoice_IsAccepted_Recognised_AndQueuedWithFieldsAndTheSupplierLinkedByIban()
    {
        using var client = fixture.CreateConnectorClient();
        var supplierId = await SeedSupplierAsync(client, ScannedInvoice.ElektronIban);
        var scan = await ScannedInvoice.MakeAsync(ScannedInvoice.Elektron);

        var response = await client.PostAsync("/api/v1/documents", Body(scan, "image/tiff"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("documentId").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/documents/{id}/recognition");
        accepted.GetProperty("status").GetString().ShouldBe("pending");
        accepted.GetProperty("documentStatus").GetString().ShouldBe("recognizing");
        response.Headers.RetryAfter.ShouldNotBeNull();

        var recognition = await PollAsync(client, response.Headers.Location.ToString());
        recognition.GetProperty("status").GetString().ShouldBe("done", recognition.ToString());
        var fields = recognition.GetProperty("fields");
        fields.GetProperty("invoiceNumber").GetProperty("value").GetString().ShouldBe(ScannedInvoice.ElektronNumber);
        fields.GetProperty("totalAmount").GetProperty("value").GetString().ShouldBe("300.00");
        fields.GetProperty("iban").GetProperty("value").GetString().ShouldBe(ScannedInvoice.ElektronIban);
        fields.GetProperty("iban").GetProperty("page").GetInt32().ShouldBe(2);
        fields.GetProperty("iban").GetProperty("box").GetProperty("width").GetInt32().ShouldBeGreaterThan(0);
        recognition.GetProperty("text").GetString().ShouldNotBeNull().ShouldContain("Obermonteur");

        var document = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        document.GetProperty("syntax").GetString().ShouldBe("OCR");
        document.GetProperty("contentType").GetString().ShouldBe("image/tiff");
        document.GetProperty("invoiceNumber").GetString().ShouldBe(ScannedInvoice.ElektronNumber);
        document.GetProperty("issueDate").GetString().ShouldBe("2024-11-15");
        document.GetProperty("totalAmount").GetDecimal().ShouldBe(ScannedInvoice.ElektronGross);
        var party = document.GetProperty("party");
        party.GetProperty("id").GetGuid().ShouldBe(supplierId);
        party.GetProperty("matchedBy").GetString().ShouldBe("iban");
        party.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldContain(s => s!.StartsWith($"IBAN {ScannedInvoice.ElektronIban}: 1 supplier", StringComparison.Ordinal));
        Codes(document).ShouldContain("ocr-review");
        Codes(document).ShouldNotContain("unknown-supplier");

        // The OCR text is the document's search text: the archive's free-text search and its source filter find it.
        (await SearchAsync(client, "q=Obermonteur&source=ocr")).ShouldContain(id);
        (await SearchAsync(client, "q=Obermonteur&source=cii")).ShouldNotContain(id);

        // The original is kept exactly as received, and served as what it is.
        var original = await client.GetAsync($"/api/v1/documents/{id}/original");
        original.Content.Headers.ContentType!.MediaType.ShouldBe("image/tiff");
        (await original.Content.ReadAsByteArrayAsync()).ShouldBe(scan);

        // The same scan again is that document (an idempotent retry), not a second recognition.
        var again = await client.PostAsync("/api/v1/documents", Body(scan, "image/tiff"));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(id);
    }

    [ScanFact]
    public async Task ConfidentScan_WhenTheTenantAllowsIt_IsArchivedByTheJob()
    {
        var (client, tenantId) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        using var _ = client;
        await fixture.ChangeSettingsAsync(settings => settings.ArchiveConfidentOcr = true, tenantId);
        var supplierId = await SeedSupplierAsync(client, ScannedInvoice.ElektronIban);

        var response = await client.PostAsync("/api/v1/documents", Body(await ScannedInvoice.MakeAsync(ScannedInvoice.Elektron, clean: true), "image/tiff"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var recognition = await PollAsync(client, response.Headers.Location!.ToString());
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{recognition.GetProperty("documentId").GetGuid()}");
        document.GetProperty("status").GetString().ShouldBe("archived", document.ToString());
        document.GetProperty("internalNumber").GetString().ShouldNotBeNull().ShouldStartWith("ER-");
        document.GetProperty("party").GetProperty("id").GetGuid().ShouldBe(supplierId);
        Codes(document).ShouldBeEmpty();
    }

    [Fact]
    public async Task TruncatedImage_IsStored_AndQueuedWithThePreciseReason()
    {
        using var client = fixture.CreateConnectorClient();
        var png = BadInputFiles.Png(1200, 1200, white: true);
        var truncated = png[..(png.Length - 40)];

        var response = await client.PostAsync("/api/v1/documents", Body(truncated, "image/png"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var recognition = await PollAsync(client, response.Headers.Location!.ToString());
        recognition.GetProperty("status").GetString().ShouldBe("failed");
        recognition.GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("corrupt or truncated");
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{recognition.GetProperty("documentId").GetGuid()}");
        document.GetProperty("status").GetString().ShouldBe("in_progress");
        var failed = document.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "ocr-failed");
        failed.GetProperty("message").GetString().ShouldNotBeNull().ShouldContain("the image is corrupt or truncated");
    }

    [Fact]
    public async Task BlankPdfWithoutInvoiceXml_IsQueuedAsEmpty()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents", Body(BadInputFiles.BlankPdf(1), "application/pdf"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var recognition = await PollAsync(client, response.Headers.Location!.ToString());
        recognition.GetProperty("status").GetString().ShouldBe("failed");
        recognition.GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("empty");
    }

    public static TheoryData<string, string, int, string> RefusedScans => new()
    {
        { "corrupt", "image/png", 422, "the image is corrupt or truncated" },
        { "huge", "image/png", 422, "20000 x 20000 pixels" },
        { "pdf-bomb", "application/pdf", 422, "the PDF has 500 pages; at most 100 are recognised" },
        { "zero-bytes", "image/png", 422, "no document bytes" },
        { "gif", "image/gif", 415, "'image/gif' is not accepted" },
    };

    [Theory]
    [MemberData(nameof(RefusedScans))]
    public async Task BadScan_IsAProblem_AndLeavesNoDocument(string kind, string contentType, int status, string detail)
    {
        using var client = fixture.CreateConnectorClient();
        byte[] content = kind switch
        {
            // The PNG signature and a header that cannot be read.
            "corrupt" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3],
            "huge" => BadInputFiles.Png(20_000, 20_000),
            "pdf-bomb" => BadInputFiles.BlankPdf(500),
            "gif" => "GIF89a"u8.ToArray(),
            _ => [],
        };
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents");

        var response = await client.PostAsync("/api/v1/documents", Body(content, contentType));

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(detail);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents")).ShouldBe(before);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.recognitions r LEFT JOIN invoices.documents d ON d.id = r.document_id WHERE d.id IS NULL")).ShouldBe(0);
    }

    [Fact]
    public async Task RecognitionOfAnXmlInvoice_IsNotFound()
    {
        using var client = fixture.CreateConnectorClient();
        var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
        var id = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await client.GetAsync($"/api/v1/documents/{id}/recognition");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> SeedSupplierAsync(HttpClient client, string iban)
    {
        var externalId = "ocr-" + Guid.NewGuid().ToString("N")[..8];
        // Only the IBAN: the recognised VAT id must not find it, so the match is by the bank account.
        var response = await client.PutAsJsonAsync($"/api/v1/parties/{externalId}", new { kind = "supplier", name = "ELEKTRON Industrieservice GmbH", ibans = new[] { iban } });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow + _recognitionTimeout;
        while (true)
        {
            var recognition = await client.GetFromJsonAsync<JsonElement>(location);
            if (recognition.GetProperty("status").GetString() != "pending" || DateTime.UtcNow > deadline)
            {
                return recognition;
            }

            await Task.Delay(500);
        }
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/documents?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid())];
    }

    private static List<string?> Codes(JsonElement document) =>
        [.. document.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];

    private static ByteArrayContent Body(byte[] content, string type)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(type);
        return body;
    }
}
