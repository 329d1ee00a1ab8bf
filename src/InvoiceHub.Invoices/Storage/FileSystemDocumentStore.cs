using System.Collections.Concurrent;

namespace InvoiceHub.Invoices.Storage;

/// <summary>
/// Originals as files named by their hash under <c>root/ab/abcd…</c>. A file is written to a temporary name,
/// flushed to disk and then renamed, so a crash never leaves a half-written original under a real name.
/// </summary>
/// <remarks>
/// One level of 256 folders: all exist after the first few hundred originals, whereas with two levels (65,536 folders,
/// as early stores had: <c>root/ab/cd/abcd…</c>, still read) most writes of a young archive made a folder and flushed
/// its parents too. Folders of millions of files are no problem for today's file systems.
/// </remarks>
internal sealed class FileSystemDocumentStore(string root, TimeProvider clock) : IDocumentStore
{
    /// <summary>Suffix of a file being written; one left behind by a crash is removed by <see cref="StoreCleanup"/>.</summary>
    public const string TemporarySuffix = ".tmp";

    public string Root => root;

    // Folders known to exist: creating one is a system call, and every write would otherwise make it again.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathOf(sha256);
        if (MarkInUse(path) || MarkInUse(EarlierPathOf(sha256)))
        {
            return Task.CompletedTask;
        }

        var folder = Path.GetDirectoryName(path)!;
        // Plain synchronous writes: a local disk write of a few kilobytes plus fsync is quicker done than scheduled
        // (Linux has no asynchronous file I/O underneath FileStream; the async path only adds a thread hop).
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            if (!_folders.ContainsKey(folder))
            {
                CreateFolder(folder);
            }

            try
            {
                WriteDurably(temporary, content.Span);
            }
            catch (DirectoryNotFoundException)
            {
                // The folder went away under us (a restored or remounted volume): make it again, once.
                _folders.TryRemove(folder, out _);
                CreateFolder(folder);
                WriteDurably(temporary, content.Span);
            }

            // Two writers of the same bytes may race: whoever renames second simply replaces identical content.
            File.Move(temporary, path, overwrite: true);
            // The new name is durable only once its folder is: the record that points here commits after this.
            DirectorySync.Flush(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A full or failing volume must not collect half-written files: the temporary goes, whatever happened.
            TryDelete(temporary);
            throw DocumentStoreUnavailableException.From(exception, root);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// True when the original is stored already. Its modification time is set to now: the cleanup removes only
    /// originals no record points to and untouched for its grace period, so an original about to be pointed to by a
    /// new record (a resend of the same bytes) cannot vanish between this check and that record's commit.
    /// </summary>
    private bool MarkInUse(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only volume: the file cannot be marked, but nothing can remove it either.
            return File.Exists(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing was created (read-only volume), or the volume is gone: the cleanup job retries later.
        }
    }

    private static void WriteDurably(string path, ReadOnlySpan<byte> content)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, content, fileOffset: 0);
        RandomAccess.FlushToDisk(file);
    }

    private void CreateFolder(string folder)
    {
        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        if (created)
        {
            // A new shard folder is an entry in the root, which must reach the disk too.
            DirectorySync.Flush(Path.GetDirectoryName(folder)!);
        }

        _folders.TryAdd(folder, true);
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            path = EarlierPathOf(sha256);
        }

        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Writes, flushes and deletes a probe file, and reports the free space: what readiness needs to know.</summary>
    public (bool Writable, long FreeBytes, string? Problem) Probe()
    {
        var probe = Path.Combine(root, $".probe-{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            Directory.CreateDirectory(root);
            WriteDurably(probe, "probe"u8);
            File.Delete(probe);
            return (true, new DriveInfo(root).AvailableFreeSpace, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            var free = TryFreeBytes();
            return (false, free, exception.Message);
        }
    }

    private long TryFreeBytes()
    {
        try
        {
            return new DriveInfo(root).AvailableFreeSpace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return -1;
        }
    }

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a SHA-256 hex digest", nameof(sha256));
        }

        return Path.Combine(root, sha256[..2], sha256);
    }

    /// <summary>Where the original of these bytes is, under the current or the earlier folder layout (existing files only).</summary>
    public IEnumerable<string> ExistingPathsOf(string sha256) => new[] { PathOf(sha256), EarlierPathOf(sha256) }.Where(File.Exists);

    private string EarlierPathOf(string sha256) => Path.Combine(root, sha256[..2], sha256[2..4], sha256);
}
