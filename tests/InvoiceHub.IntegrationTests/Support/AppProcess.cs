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
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public AppProcess(string connectionString, string documentsPath)
    {
        Port = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__InvoiceHub"] = connectionString,
            ["Storage__DocumentsPath"] = documentsPath,
            ["Bootstrap__AdminPassword"] = "Kill-Test-Admin-1",
            ["Hangfire__WorkerCount"] = "1",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
    }

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
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not become ready within 90 s");
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
