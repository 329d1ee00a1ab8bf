using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// The web app as a separate operating-system process, built by the same solution build, so a test can kill it
/// with SIGKILL and start it again exactly as an operator's crash and restart would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminPassword = "Kill-Test-Admin-1";

    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public AppProcess(string connectionString, string documentsPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        Port = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__InvoiceHub"] = connectionString,
            ["Storage__DocumentsPath"] = documentsPath,
            ["Bootstrap__AdminPassword"] = AdminPassword,
            ["Hangfire__WorkerCount"] = "1",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            // Production refuses to start without these (docs/configuration.md).
            ["AllowedHosts"] = "127.0.0.1;localhost",
            ["DataProtection__CertificatePath"] = TestCertificate.Path,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }
    }

    /// <summary>What the app wrote to stdout and stderr, line by line (compact JSON log events in Production).</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>The exit code once the process has ended, else null.</summary>
    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public async Task StartAsync()
    {
        var dll = WebAssemblyPath();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", Address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // the rest of its output
                throw new InvalidOperationException(
                    $"The app exited with {_process.ExitCode} while starting:{Environment.NewLine}{string.Join(Environment.NewLine, Output)}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within 5 s.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not become ready within 90 s");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly like a crash.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string WebAssemblyPath()
    {
        // The test runs from tests/.../bin/<Configuration>/net10.0; the app was built next to its project.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "src", "InvoiceHub.Web", "bin", configuration, "net10.0", "InvoiceHub.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the web app is not at " + path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
