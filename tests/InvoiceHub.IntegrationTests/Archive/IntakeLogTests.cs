using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;
using InvoiceHub.Invoices.IntakeLog;

namespace InvoiceHub.IntegrationTests.Archive;

/// <summary>The intake log: every refused push is recorded (what could be read, the problem in words), stored ones never.</summary>
public sealed class IntakeLogTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task InvalidPush_IsLogged_WithSenderFileNameSizeHashNumberPartyAndProblem_WithoutTheBytes()
    {
        using var client = fixture.CreateConnectorClient();
        var invoice = new InvoiceXml { SellerName = "Wrong Sums " + InvoiceXml.RandomDigits(6), WrongTotal = true };
        var bytes = invoice.ToBytes();
        using var body = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        body.Add(file, "file", "wrong-sums.xml");

        var response = await client.PostAsync("/api/v1/documents", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        var entry = (await ListAsync(invoice.SellerName)).ShouldHaveSingleItem();
        entry.Kind.ShouldBe(RefusalKinds.Invalid);
        entry.Channel.ShouldBe("api");
        entry.Actor.ShouldBe(fixture.Credential.Username);
        entry.FileName.ShouldBe("wrong-sums.xml");
        entry.Size.ShouldBe(bytes.Length);
        entry.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        entry.InvoiceNumber.ShouldBe(invoice.Number);
        entry.Problem.ShouldBe("Invalid e-invoice");
        entry.Detail.ShouldNotBeNull().ShouldContain("BR-CO-15");
        entry.HasContent.ShouldBeFalse();
    }

    [Fact]
    public async Task Duplicate_WithKeepRefusedFilesOn_IsLoggedWithTheEarlierDocument_AndItsBytesCanBeDownloaded()
    {
        await fixture.ChangeSettingsAsync(s => s.KeepRefusedFiles = true);
        try
        {
            using var client = fixture.CreateConnectorClient();
            var first = new InvoiceXml { SellerName = "Twice " + InvoiceXml.RandomDigits(6) };
            var created = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(first.ToBytes()));
            await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var earlierId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            var again = (first with { Net = 999m }).ToBytes();

            var refused = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(again));

            await refused.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
            var entry = (await ListAsync(first.SellerName)).ShouldHaveSingleItem();
            entry.Kind.ShouldBe(RefusalKinds.Duplicate);
            entry.ExistingDocumentId.ShouldBe(earlierId);
            entry.InvoiceNumber.ShouldBe(first.Number);
            entry.HasContent.ShouldBeTrue();
            using var scope = fixture.App.Services.CreateScope();
            var kept = await scope.ServiceProvider.GetRequiredService<ListIntakeLogHandler>().GetFileAsync(fixture.TenantId, entry.Id, CancellationToken.None);
            kept.ShouldNotBeNull().Content.ShouldBe(again);
            // Never in the archive: the document count of that number stays one.
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM invoices.documents WHERE invoice_number = '{first.Number}'")).ShouldBe(1);
        }
        finally
        {
            await fixture.ChangeSettingsAsync(s => s.KeepRefusedFiles = false);
        }
    }

    [Fact]
    public async Task RefusedBeforeIntake_UnsupportedType_IsLoggedToo()
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountAsync();
        var content = new StringContent("hello", System.Text.Encoding.UTF8, "text/plain");

        var response = await client.PostAsync("/api/v1/documents", content);

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnsupportedMediaType);
        (await CountAsync()).ShouldBe(before + 1);
        var entry = (await ListAsync(null, RefusalKinds.UnsupportedType))[0];
        entry.Problem.ShouldBe("Unsupported media type");
        entry.Sha256.ShouldBeNull();
    }

    [Fact]
    public async Task StoredPush_WritesNothingToTheLog()
    {
        using var client = fixture.CreateConnectorClient();
        var before = await CountAsync();

        (await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task OtherTenantsRefusals_AreNotListed()
    {
        using var scope = fixture.App.Services.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<ListIntakeLogHandler>()
            .HandleAsync(new IntakeLogQuery(Guid.NewGuid()), CancellationToken.None);
        page.Items.ShouldBeEmpty();
    }

    private Task<long> CountAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.intake_log");

    private async Task<IReadOnlyList<IntakeLogEntry>> ListAsync(string? text, string? kind = null)
    {
        using var scope = fixture.App.Services.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<ListIntakeLogHandler>()
            .HandleAsync(new IntakeLogQuery(fixture.TenantId, Kind: kind, Text: text), CancellationToken.None);
        return page.Items;
    }
}
