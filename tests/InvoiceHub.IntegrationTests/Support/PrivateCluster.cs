using System.Diagnostics;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// A PostgreSQL cluster of one test's own, made by the same script the start command uses, for tests that stop the
/// server (the shared test cluster must keep running for the other classes).
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"invoicehub-cluster-{Guid.NewGuid():N}");

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync()
    {
        var output = await RunScriptAsync("start", _dataDirectory);
        ConnectionString = output.Trim().Split('\n')[^1];
    }

    public Task StopAsync() => RunScriptAsync("stop", _dataDirectory);

    /// <summary>SIGSTOP to the server and all its backends: a hung database that accepts connections but never answers.</summary>
    public Task FreezeAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT: the frozen server goes on where it stopped.</summary>
    public Task ThawAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        var postmaster = File.ReadLines(Path.Combine(_dataDirectory, "cluster", "postmaster.pid")).First().Trim();
        // The backends first, so none is left running when the server stops; by parent id, never by name.
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"pkill -{signal} -P {postmaster}; kill -{signal} {postmaster}"]))!;
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static async Task<string> RunScriptAsync(string command, string dataDirectory)
    {
        var script = Path.Combine(TestEnvironment.RepositoryRoot, "scripts", "lib", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"postgres.sh {command} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
