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
internal sealed class FileSystemDocumentStore(string root) : IDocumentStore
{
    // Folders known to exist: creating one is a system call, and every write would otherwise make it again.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathOf(sha256);
        if (File.Exists(path) || File.Exists(EarlierPathOf(sha256)))
        {
            return Task.CompletedTask;
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            CreateFolder(folder);
        }

        // Plain synchronous writes: a local disk write of a few kilobytes plus fsync is quicker done than scheduled
        // (Linux has no asynchronous file I/O underneath FileStream; the async path only adds a thread hop).
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
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
        return Task.CompletedTask;
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

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a SHA-256 hex digest", nameof(sha256));
        }

        return Path.Combine(root, sha256[..2], sha256);
    }

    private string EarlierPathOf(string sha256) => Path.Combine(root, sha256[..2], sha256[2..4], sha256);
}
