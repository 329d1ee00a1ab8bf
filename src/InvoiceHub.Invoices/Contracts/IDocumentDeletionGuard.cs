namespace InvoiceHub.Invoices.Contracts;

/// <summary>
/// Lets another module keep a document whose retention period has ended from being deleted while it still needs it
/// (forwarding: a delivery to the accountant that is not finished). Asked before an Admin's confirmed deletion.
/// </summary>
public interface IDocumentDeletionGuard
{
    /// <summary>Why the document must stay for now, in words for the Admin; null when this module does not need it.</summary>
    Task<string?> ReasonToKeepAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken);
}
