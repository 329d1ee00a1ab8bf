using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Invoices.Storage;

/// <summary>
/// Removes what failed writes and crashes leave in the document store: temporary files, and originals no record
/// points to (a crash between writing the original and committing its record leaves one). Both only once they are
/// older than the grace period, so a write or an intake in flight is never touched.
/// </summary>
/// <remarks>
/// An orphan is first renamed away, and deleted only if its modification time is still old after that: intake marks
/// an original it reuses (a resend of the same bytes) by touching it before it commits the record, so either the
/// touch comes first and the file is put back, or the rename comes first, the touch fails and intake writes the
/// original anew. A file renamed away by a run that crashed is judged again by the next run.
/// </remarks>
internal sealed class StoreCleanup(
    FileSystemDocumentStore store,
    InvoicesDbContext db,
    IOptions<StoreCleanupSettings> settings,
    TimeProvider clock,
    ILogger<StoreCleanup> logger)
{
    public const string OrphanSuffix = ".orphan";
    private const int Batch = 500;

    public async Task<(int Temporary, int Orphans)> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = (clock.GetUtcNow() - settings.Value.GracePeriod).UtcDateTime;
        if (!Directory.Exists(store.Root))
        {
            return (0, 0);
        }

        var temporary = 0;
        var orphans = 0;
        var candidates = new List<FileInfo>();
        foreach (var file in new DirectoryInfo(store.Root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parked = file.Name.EndsWith(OrphanSuffix, StringComparison.Ordinal);
            if (file.LastWriteTimeUtc >= cutoff && !parked)
            {
                continue;
            }

            if (file.Name.EndsWith(FileSystemDocumentStore.TemporarySuffix, StringComparison.Ordinal))
            {
                if (TryDelete(file))
                {
                    temporary++;
                    logger.LogInformation("Removed stale temporary file {Path} ({Bytes} bytes, last written {LastWrite:u})",
                        file.FullName, file.Length, file.LastWriteTimeUtc);
                }
            }
            else if (HashOf(file.Name) is not null)
            {
                candidates.Add(file);
                if (candidates.Count == Batch)
                {
                    orphans += await RemoveOrphansAsync(candidates, cutoff, cancellationToken);
                    candidates.Clear();
                }
            }
        }

        orphans += await RemoveOrphansAsync(candidates, cutoff, cancellationToken);
        logger.LogInformation("Document store cleanup: {Temporary} temporary file(s) and {Orphans} orphaned original(s) removed", temporary, orphans);
        return (temporary, orphans);
    }

    /// <summary>
    /// Removes the originals of these hashes that no record points to any more (a document deleted after its retention
    /// period, with its attachments). One written or reused within the grace period stays: the same bytes may be
    /// arriving again, from this tenant or another; the recurring run removes it later if nothing points to it then.
    /// </summary>
    public async Task<int> RemoveUnreferencedAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var cutoff = (clock.GetUtcNow() - settings.Value.GracePeriod).UtcDateTime;
        var files = hashes.Distinct(StringComparer.Ordinal).SelectMany(store.ExistingPathsOf).Select(path => new FileInfo(path)).ToList();
        return await RemoveOrphansAsync(files, cutoff, cancellationToken);
    }

    private async Task<int> RemoveOrphansAsync(List<FileInfo> files, DateTime cutoff, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return 0;
        }

        var hashes = files.Select(f => HashOf(f.Name)!).Distinct().ToArray();
        var referenced = (await ReferencedAsync(hashes, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in files)
        {
            if (referenced.Contains(HashOf(file.Name)!))
            {
                // Parked by a run that crashed, and pointed to after all: it goes back.
                if (file.Name.EndsWith(OrphanSuffix, StringComparison.Ordinal))
                {
                    try
                    {
                        Restore(file.FullName, file.FullName[..^OrphanSuffix.Length]);
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        logger.LogWarning("Could not put back original {Path}: {Reason}", file.FullName, exception.Message);
                    }
                }
            }
            else if (RemoveOrphan(file, cutoff))
            {
                removed++;
            }
        }

        return removed;
    }

    private bool RemoveOrphan(FileInfo file, DateTime cutoff)
    {
        var original = file.Name.EndsWith(OrphanSuffix, StringComparison.Ordinal)
            ? file.FullName[..^OrphanSuffix.Length]
            : file.FullName;
        var parked = original + OrphanSuffix;
        try
        {
            if (file.FullName != parked)
            {
                File.Move(file.FullName, parked);
            }

            if (File.GetLastWriteTimeUtc(parked) >= cutoff)
            {
                Restore(parked, original);
                return false;
            }

            var bytes = new FileInfo(parked).Length;
            File.Delete(parked);
            logger.LogInformation("Removed orphaned original {Path} ({Bytes} bytes, last written {LastWrite:u}): no document points to it",
                original, bytes, file.LastWriteTimeUtc);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not remove orphaned original {Path}: {Reason}", original, exception.Message);
            return false;
        }
    }

    // Reused since it was listed: back under its name, unless intake wrote the same bytes anew meanwhile.
    private static void Restore(string parked, string original)
    {
        if (File.Exists(original))
        {
            File.Delete(parked);
        }
        else
        {
            File.Move(parked, original);
        }
    }

    // The hashes of this batch that a document of any tenant, or a person's attachment, points to. The unique index leads with the tenant, so the
    // tenants are found by skipping through that index, and each (tenant, hash) pair is one index lookup.
    private Task<List<string>> ReferencedAsync(string[] hashes, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            WITH RECURSIVE tenants AS (
                (SELECT tenant_id FROM invoices.documents ORDER BY tenant_id LIMIT 1)
                UNION ALL
                SELECT (SELECT d.tenant_id FROM invoices.documents d WHERE d.tenant_id > tenants.tenant_id ORDER BY d.tenant_id LIMIT 1)
                FROM tenants WHERE tenants.tenant_id IS NOT NULL
            )
            SELECT h AS "Value" FROM unnest({hashes}) AS h
            WHERE EXISTS (SELECT 1 FROM tenants t JOIN invoices.documents d ON d.tenant_id = t.tenant_id AND d.sha256 = h)
               OR EXISTS (SELECT 1 FROM invoices.user_attachments a WHERE a.sha256 = h)
            """).ToListAsync(cancellationToken);

    private bool TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not remove temporary file {Path}: {Reason}", file.FullName, exception.Message);
            return false;
        }
    }

    /// <summary>The SHA-256 an original's file name stands for (also when parked as an orphan), or null for other files.</summary>
    private static string? HashOf(string name)
    {
        var hash = name.EndsWith(OrphanSuffix, StringComparison.Ordinal) ? name[..^OrphanSuffix.Length] : name;
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) ? hash : null;
    }
}
