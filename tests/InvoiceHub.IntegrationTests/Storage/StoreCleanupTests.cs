using System.Net;
using System.Security.Cryptography;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Storage;

public sealed class StoreCleanupTests(ConnectorFixture fixture) : IClassFixture<ConnectorFixture>
{
    [Fact]
    public async Task Resend_OfStoredBytes_MarksTheOriginalInUse_SoTheCleanupLeavesIt()
    {
        using var client = fixture.CreateConnectorClient();
        var bytes = new InvoiceXml().ToBytes();
        // The original is there without a record (as after a crash), old enough to be removed.
        var path = PathOf(fixture.App.DocumentsPath, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-2));

        (await client.PostAsync("/api/v1/documents", ConnectorFixture.Xml(bytes))).StatusCode.ShouldBe(HttpStatusCode.Created);

        File.GetLastWriteTimeUtc(path).ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
    }

    private static string PathOf(string root, string hash) => Path.Combine(root, hash[..2], hash);
}
