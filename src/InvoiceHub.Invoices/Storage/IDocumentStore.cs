namespace InvoiceHub.Invoices.Storage;

/// <summary>
/// Write-once storage of original files, addressed by their SHA-256. The file system store is the default; an
/// S3-compatible store implements the same contract for nodes without a shared disk.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the bytes durably under their hash; storing the same bytes again is a no-op.</summary>
    Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under that hash.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken);
}
