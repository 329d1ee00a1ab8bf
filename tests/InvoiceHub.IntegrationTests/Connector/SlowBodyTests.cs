using System.Net.Sockets;
using System.Text;
using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Connector;

/// <summary>On a real Kestrel port: a client that trickles its body is cut off with 408, and nothing is stored.</summary>
public sealed class SlowBodyTests(SlowBodyTests.KestrelConnectorFixture fixture) : IClassFixture<SlowBodyTests.KestrelConnectorFixture>
{
    [Fact]
    public async Task VerySlowBody_Is408AndStoresNothing()
    {
        var address = fixture.App.ServerAddress;
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/v1/documents HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {fixture.Credential.ApiKey}\r\n"
            + "Content-Type: application/xml\r\nContent-Length: 100000\r\n\r\n<?xml version=\"1.0\"?>";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Then nothing more: far below Kestrel's minimum body rate (240 bytes/s after a 5 s grace period).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var response = Encoding.ASCII.GetString(buffer, 0, read);

        response.ShouldStartWith("HTTP/1.1 408");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM invoices.documents")).ShouldBe(before);
    }

    /// <summary>The connector fixture served by Kestrel, whose request body rate limits only a real server enforces.</summary>
    public sealed class KestrelConnectorFixture : ConnectorFixture
    {
        protected override bool UseKestrel => true;
    }
}
