using System.Diagnostics;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// A small tmpfs the test mounts (root only) as a document store, to fill up or remount read-only: the faults of a
/// real volume, not of a mock.
/// </summary>
public sealed class SmallVolume : IAsyncDisposable
{
    private SmallVolume(string path) => Path = path;

    public string Path { get; }

    public static async Task<SmallVolume> MountAsync(int megabytes)
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("Mounting a small tmpfs as a full or read-only document store needs root (scripts/test.sh runs as root here).");
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"invoicehub-volume-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        return new SmallVolume(path);
    }

    /// <summary>Fills the volume with one file until no byte fits; returns its path.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var block = new byte[64 * 1024];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // Full. The last partial block may still fit in smaller writes.
            try
            {
                while (true)
                {
                    stream.Write(block, 0, 512);
                }
            }
            catch (IOException)
            {
                // Now truly full.
            }
        }

        return filler;
    }

    public Task ReadOnlyAsync() => RunAsync("mount", "-o", "remount,ro", Path);

    public Task WritableAsync() => RunAsync("mount", "-o", "remount,rw", Path);

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static async Task RunAsync(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
