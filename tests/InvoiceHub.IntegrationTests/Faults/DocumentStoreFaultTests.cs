using System.Net;
using System.Text.Json;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Faults;

/// <summary>The document store on a small tmpfs that the test fills up and remounts read-only.</summary>
public sealed class DocumentStoreFaultTests
{
    [Fact]
    public async Task FullThenReadOnlyStore_Answers507Then503Problem_LeavesNoFile_ReadinessUnhealthy_AndTheResendIsStoredAfterwards()
    {
        await using var volume = await SmallVolume.MountAsync(megabytes: 4);
        await using var fixture = new StoreFixture(volume.Path);
        await fixture.InitializeAsync();
        using var client = fixture.CreateConnectorClient();
        (await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(new InvoiceXml().ToBytes()))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var filesBefore = Files(volume.Path);

        var filler = volume.Fill();
        var invoice = new InvoiceXml().ToBytes();
        var whenFull = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice));
        var readyWhenFull = await client.GetAsync("/health/ready");
        var filesWhenFull = Files(volume.Path);
        File.Delete(filler);
        var afterFull = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(invoice));

        await volume.ReadOnlyAsync();
        var readOnlyInvoice = new InvoiceXml().ToBytes();
        HttpResponseMessage whenReadOnly, readyWhenReadOnly;
        try
        {
            whenReadOnly = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(readOnlyInvoice));
            readyWhenReadOnly = await client.GetAsync("/health/ready");
        }
        finally
        {
            await volume.WritableAsync();
        }

        var afterReadOnly = await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(readOnlyInvoice));

        await ShouldBeStoreProblemAsync(whenFull, HttpStatusCode.InsufficientStorage);
        filesWhenFull.ShouldBe([.. filesBefore, "filler"], ignoreOrder: true); // no temporary file, no original
        await ShouldBeUnhealthyStoreAsync(readyWhenFull);
        afterFull.StatusCode.ShouldBe(HttpStatusCode.Created);

        await ShouldBeStoreProblemAsync(whenReadOnly, HttpStatusCode.ServiceUnavailable);
        await ShouldBeUnhealthyStoreAsync(readyWhenReadOnly);
        afterReadOnly.StatusCode.ShouldBe(HttpStatusCode.Created);
        Files(volume.Path).ShouldNotContain(name => name.EndsWith(".tmp", StringComparison.Ordinal));
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents")).ShouldBe(3);
    }

    private static async Task ShouldBeStoreProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldContain("Nothing was kept");
    }

    private static async Task ShouldBeUnhealthyStoreAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("checks").EnumerateArray()
            .Single(check => check.GetProperty("name").GetString() == "document-store")
            .GetProperty("status").GetString().ShouldBe("Unhealthy");
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path))];

    private sealed class StoreFixture(string documentsPath) : ConnectorFixture, IAsyncDisposable
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Storage:DocumentsPath"] = documentsPath,
            ["Storage:MinimumFreeMegabytes"] = "1",
            ["Hangfire:ServerEnabled"] = "false",
        };

        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
    }
}
