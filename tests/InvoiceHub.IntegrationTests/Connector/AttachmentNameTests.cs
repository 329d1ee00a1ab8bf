using System.Net;
using System.Text;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>
/// Embedded attachments are served as the type the document declares, under a name whose extension matches that type:
/// a "report.html" that is declared a PDF downloads as "report.pdf", never as something a browser would run.
/// </summary>
public sealed class AttachmentNameTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Theory]
    [InlineData("application/pdf", "report.html", "report.pdf")]
    [InlineData("application/pdf", "../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("image/png", "picture.svg", "picture.png")]
    [InlineData("image/jpeg", "scan.JPEG", "scan.JPEG")]
    [InlineData("text/csv", "lines.exe", "lines.csv")]
    [InlineData("application/pdf", "Delivery note.pdf", "Delivery note.pdf")]
    public async Task EmbeddedAttachment_IsServedAsItsDeclaredType_UnderANameWithThatTypesExtension(string mimeCode, string fileName, string expectedName)
    {
        var content = mimeCode == "image/png" ? _png : _pdf;
        using var client = fixture.CreateConnectorClient();
        var pushed = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml { Attachments = [(mimeCode, fileName, content)] }.ToBytes()));
        await pushed.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetString();

        var response = await client.GetAsync($"/api/v1/documents/{id}/attachments/1");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mimeCode);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(expectedName);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(content);
    }
}
