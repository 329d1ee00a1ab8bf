using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InvoiceHub.EInvoicing.Tests;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>Every hostile or broken input gets a precise 4xx problem and leaves no trace in the database or store.</summary>
public sealed class HostileInputTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&xxe;</ID></Invoice>
        """;

    private const string Bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol3;</Invoice>
        """;

    public static TheoryData<string, string, string> BrokenXml => new()
    {
        { "external entity", Xxe, "DTD" },
        { "entity expansion bomb", Bomb, "DTD" },
        { "truncated XML", new InvoiceXml().ToXml()[..600], "" },
        { "unknown namespace", """<?xml version="1.0"?><Invoice xmlns="urn:example:not-an-invoice"><ID>1</ID></Invoice>""", "" },
        { "not XML at all", "this is not an invoice", "" },
    };

    [Theory]
    [MemberData(nameof(BrokenXml))]
    public async Task BrokenOrHostileXml_Is422AndStoresNothing(string situation, string xml, string detailMentions)
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountAsync();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(Encoding.UTF8.GetBytes(xml)));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        var detail = (await ProblemAsync(response)).GetProperty("detail").GetString()!;
        detail.ShouldNotBeNullOrWhiteSpace(situation);
        detail.ShouldContain(detailMentions, Case.Insensitive, situation);
        detail.ShouldNotContain("root:", Case.Sensitive, "no file contents may leak");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Utf16WithBom_IsReadLikeUtf8()
    {
        using var client = fixture.CreateConnectorClient();
        var xml = new InvoiceXml().ToXml().Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PdfWithEmbeddedInvoice_IsStoredWithThePdfAsTheOriginal()
    {
        using var client = fixture.CreateConnectorClient();
        var pdf = TestPdf.Create("factur-x.xml", new InvoiceXml().ToBytes());

        var response = await client.PostAsync("/api/v1/documents", Pdf(pdf));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = (await ProblemAsync(response)).GetProperty("id").GetString();
        (await client.GetByteArrayAsync($"/api/v1/documents/{id}/original")).ShouldBe(pdf);
    }

    [Fact]
    public async Task PdfWithoutStructuredData_IsAcceptedForRecognition_WithWhereToAskForTheResult()
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountAsync();

        var response = await client.PostAsync("/api/v1/documents", Pdf(TestPdf.Create()));

        // A PDF without invoice XML is a scan to the connector: stored at once, recognised by the OCR job (docs/ocr.md).
        await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldEndWith("/recognition");
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task EncryptedPdf_Is422SayingSo()
    {
        using var client = fixture.CreateConnectorClient();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf"));

        var response = await client.PostAsync("/api/v1/documents", Pdf(pdf));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(response)).GetProperty("detail").GetString()!.ShouldContain("encrypted");
    }

    [Fact]
    public async Task BrokenPdf_Is422()
    {
        using var client = fixture.CreateConnectorClient();
        var pdf = TestPdf.Create("factur-x.xml", new InvoiceXml().ToBytes())[..200];

        var response = await client.PostAsync("/api/v1/documents", Pdf(pdf));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task OversizedBody_Is413BeforeItIsRead()
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountAsync();
        var huge = new byte[21 * 1024 * 1024];

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(huge));

        await response.ShouldHaveStatusAsync(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UnsupportedContentType_Is415()
    {
        using var client = fixture.CreateConnectorClient();

        var response = await client.PostAsync("/api/v1/documents", new StringContent("{}", Encoding.UTF8, "application/json"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnsupportedMediaType);
        (await ProblemAsync(response)).GetProperty("detail").GetString()!.ShouldContain("application/xml");
    }

    [Fact]
    public async Task MalformedMetadata_Is400()
    {
        using var client = fixture.CreateConnectorClient();
        using var form = new MultipartFormDataContent
        {
            { ConnectorFixture.Xml(new InvoiceXml().ToBytes()), "file", "invoice.xml" },
            { new StringContent("{not json"), "metadata" },
        };

        var response = await client.PostAsync("/api/v1/documents", form);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("ihk_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    [InlineData("garbage")]
    public async Task WrongApiKey_Is401(string key)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BasicAuthentication_WithUserNameAndKey_Works_AndWithAnotherUserNameDoesNot()
    {
        using var right = fixture.App.CreateClient();
        right.DefaultRequestHeaders.Authorization = Basic(fixture.Credential.Username, fixture.Credential.ApiKey);
        using var wrong = fixture.App.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = Basic("someone-else", fixture.Credential.ApiKey);

        await (await right.GetAsync("/api/v1/connector/whoami")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await wrong.GetAsync("/api/v1/connector/whoami")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnotherTenantsDocument_Is404ForReadsAndInvisibleInLists()
    {
        using var ours = fixture.CreateConnectorClient();
        var created = await ProblemAsync(await ours.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes())));
        var id = created.GetProperty("id").GetString();
        var otherTenant = await CreateTenantAsync();
        using var theirs = fixture.CreateConnectorClient(await fixture.IssueKeyAsync(otherTenant, "other-" + Guid.NewGuid().ToString("N")[..6]));

        await (await theirs.GetAsync($"/api/v1/documents/{id}")).ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        await (await theirs.GetAsync($"/api/v1/documents/{id}/original")).ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        await (await theirs.GetAsync($"/api/v1/documents/{id}/rendered")).ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        var list = await ProblemAsync(await theirs.GetAsync("/api/v1/documents"));
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        var export = await ProblemAsync(await theirs.GetAsync("/api/v1/export"));
        export.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task RevokedKey_StopsWorkingAtOnce()
    {
        var credential = await fixture.IssueKeyAsync(fixture.TenantId, "revoke-" + Guid.NewGuid().ToString("N")[..6]);
        using var client = fixture.CreateConnectorClient(credential);
        await (await client.GetAsync("/api/v1/connector/whoami")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        using (var scope = fixture.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvoiceHub.Accounts.ApiCredentials.ApiCredentialService>()
                .RevokeAsync(fixture.TenantId, credential.CredentialId, "test", CancellationToken.None);
        }

        await (await client.GetAsync("/api/v1/connector/whoami")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> CreateTenantAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<InvoiceHub.Accounts.Users.UserDirectory>();
        return (await directory.EnsureTenantAsync("Other " + Guid.NewGuid().ToString("N")[..6], CancellationToken.None)).Id;
    }

    private Task<long> CountAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents");

    private static ByteArrayContent Pdf(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private static AuthenticationHeaderValue Basic(string user, string key) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{key}")));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
