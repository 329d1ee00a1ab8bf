using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd, storing every message in a Maildir. Can be stopped and started again
/// on the same port (an SMTP server that is down, then back).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private Process? _process;

    private SmtpSink(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static bool Available => File.Exists("/usr/bin/python3") && Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd");

    public static async Task<SmtpSink> StartAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sink = new SmtpSink(port, Path.Combine(Path.GetTempPath(), $"invoicehub-maildir-{Guid.NewGuid():N}"));
        await sink.StartAgainAsync();
        return sink;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("aiosmtpd did not open its port");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process = null;
    }

    /// <summary>Every message received so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(file => MimeMessage.Load(file))] : [];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(Maildir))
        {
            Directory.Delete(Maildir, recursive: true);
        }
    }
}
