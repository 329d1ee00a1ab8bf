namespace InvoiceHub.Invoices.Contracts;

/// <summary>
/// What other modules (forwarding) may know of the archive: the outbox of newly archived documents, archived documents
/// and their originals, and an entry in a document's audit trail. Nothing here changes an archived document.
/// </summary>
public interface IArchivedDocuments
{
    /// <summary>The oldest entries of the archive outbox, in archive order; they stay until removed.</summary>
    Task<IReadOnlyList<ArchiveOutboxEntry>> PeekOutboxAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Removes handled outbox entries; entries already removed (by another node) are ignored.</summary>
    Task RemoveFromOutboxAsync(IReadOnlyCollection<long> archiveSequences, CancellationToken cancellationToken);

    /// <summary>An archived document of the tenant, or null when there is none with that id.</summary>
    Task<ArchivedDocument?> GetAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken);

    /// <summary>The tenant's archived documents whose issue date lies in the range (both ends included), in archive order.</summary>
    Task<IReadOnlyList<ArchivedDocument>> ListByIssueDateAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The original bytes, or null when the document store has lost them.</summary>
    Task<byte[]?> ReadOriginalAsync(ArchivedDocument document, CancellationToken cancellationToken);

    /// <summary>Adds an entry to the document's audit trail (a delivery, an export error, a re-send and its reason).</summary>
    Task RecordAsync(Guid tenantId, Guid documentId, string actor, string action, string? detail, CancellationToken cancellationToken);
}
