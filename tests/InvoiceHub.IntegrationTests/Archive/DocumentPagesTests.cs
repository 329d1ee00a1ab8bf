using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.Storage;

namespace InvoiceHub.IntegrationTests.Archive;

/// <summary>GET /api/v1/documents/{id}/pages/{n}: a page of a PDF or scanned original as a PNG (the handler the invoice form uses too).</summary>
public sealed class DocumentPagesTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    private const string Zugferd = "EN16931_Einfach";

    [CorpusPdfFact]
    public async Task ZugferdPdf_EachPageIsAPng_WithThePageCount_NeverStored_AndAudited()
    {
        using var client = fixture.CreateConnectorClient();
        var id = await PushPdfAsync(client, await File.ReadAllBytesAsync(ScannedInvoice.CorpusPdf(Zugferd)!));

        foreach (var n in new[] { 1, 2 })
        {
            var response = await client.GetAsync($"/api/v1/documents/{id}/pages/{n}");

            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            response.Headers.GetValues("X-Page-Count").Single().ShouldBe("2");
            var (width, height) = PngSize(await response.Content.ReadAsByteArrayAsync());
            // A4 portrait, its longer side at the screen size.
            height.ShouldBe(1600);
            width.ShouldBeInRange(1120, 1140);
        }

        var history = await fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(action, ',') FROM invoices.audit_trail WHERE document_id = '{id}' AND action LIKE 'read-page-%'");
        history.ShouldNotBeNull().Split(',').Order().ShouldBe(["read-page-1", "read-page-2"]);
    }

    [CorpusPdfFact]
    public async Task PageOutOfRange_Is404Problem_NamingThePages()
    {
        using var client = fixture.CreateConnectorClient();
        var id = await PushPdfAsync(client, await File.ReadAllBytesAsync(ScannedInvoice.CorpusPdf(Zugferd)!));

        foreach (var n in new[] { "3", "0", "-1", "999999999" })
        {
            var response = await client.GetAsync($"/api/v1/documents/{id}/pages/{n}");

            await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            (await response.Content.ReadAsStringAsync()).ShouldContain("has 2 page(s); ask for 1 to 2");
        }

        var notANumber = await client.GetAsync($"/api/v1/documents/{id}/pages/one");
        await notANumber.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        notANumber.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [CorpusPdfFact]
    public async Task OtherTenantsDocument_Is404_LikeOneThatDoesNotExist()
    {
        using var owner = fixture.CreateConnectorClient();
        var id = await PushPdfAsync(owner, await File.ReadAllBytesAsync(ScannedInvoice.CorpusPdf(Zugferd)!));
        var (stranger, _) = await ConnectorClients.ForNewTenantAsync(fixture.App);
        using var _stranger = stranger;

        var theirs = await stranger.GetAsync($"/api/v1/documents/{id}/pages/1");
        var nobodys = await stranger.GetAsync($"/api/v1/documents/{Guid.NewGuid()}/pages/1");

        await theirs.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        await nobodys.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        theirs.Headers.Contains("X-Page-Count").ShouldBeFalse();
        var body = await theirs.Content.ReadAsStringAsync();
        body.ShouldContain("Document not found");
        body.ShouldNotContain("page(s)");
        (await nobodys.Content.ReadAsStringAsync()).ShouldContain("Document not found");
    }

    [Fact]
    public async Task InvoiceXml_HasNoPages_And404PointsToTheRendering()
    {
        using var client = fixture.CreateConnectorClient();
        var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));
        await pushed.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var response = await client.GetAsync($"/api/v1/documents/{id}/pages/1");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"/api/v1/documents/{id}/rendered");
    }

    [Fact]
    public async Task CorruptOriginal_Is422Problem_SayingWhy_NotAServerError()
    {
        using var client = fixture.CreateConnectorClient();
        // A one-page PDF without invoice XML (a scan as far as intake is concerned), stored and queued for OCR.
        var blank = BlankPdf();
        var id = await PushPdfAsync(client, blank);
        (await client.GetAsync($"/api/v1/documents/{id}/pages/1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Now the stored original is damaged: a PDF header and garbage under another hash (as after disk damage).
        var corrupt = Encoding.ASCII.GetBytes("%PDF-1.7\n" + Guid.NewGuid() + "\n1 0 obj << /Type /Pages /Kids [ 9 0 R");
        var sha = Convert.ToHexStringLower(SHA256.HashData(corrupt));
        using (var scope = fixture.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(sha, corrupt, CancellationToken.None);
        }

        (await fixture.Database.ScalarAsync<Guid>($"UPDATE invoices.documents SET sha256 = '{sha}' WHERE id = '{id}' RETURNING id")).ShouldBe(Guid.Parse(id));

        var response = await client.GetAsync($"/api/v1/documents/{id}/pages/1");

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldContain("the PDF is corrupt or truncated");
    }

    private static async Task<string> PushPdfAsync(HttpClient client, byte[] pdf)
    {
        var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var response = await client.PostAsync("/api/v1/documents?direction=purchase", content);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        // 201 / 200 answer a document, 202 (a scan) its recognition status.
        return (json.TryGetProperty("id", out var id) ? id : json.GetProperty("documentId")).GetString()!;
    }

    // A valid one-page PDF with nothing on the page (unique per call, so intake never takes it for a resend).
    private static byte[] BlankPdf()
    {
        string[] objects = ["<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"];
        var pdf = new StringBuilder($"%PDF-1.4\n% {Guid.NewGuid()}\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    // Width and height from the PNG's IHDR chunk (bytes 16-23), which is what a PNG begins with after its signature.
    private static (int Width, int Height) PngSize(byte[] png)
    {
        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
