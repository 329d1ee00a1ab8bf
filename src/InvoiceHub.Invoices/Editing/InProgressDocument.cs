using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Editing;

/// <summary>The document a person may change: the tenant's own, with an editing role, and still in progress.</summary>
internal static class InProgressDocument
{
    /// <returns>The tracked document, or the answer to give instead (404, 403 or 409).</returns>
    public static async Task<(Document? Document, EditOutcome? Refusal)> FindAsync(InvoicesDbContext db, DocumentActor actor, Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.TenantId == actor.TenantId && d.Id == id, cancellationToken);
        if (document is null)
        {
            return (null, EditOutcome.NotFound);
        }

        if (!actor.CanEdit)
        {
            return (null, EditOutcome.Forbidden("Your role is read-only."));
        }

        return document.Status == DocumentStatus.InProgress
            ? (document, null)
            : (null, EditOutcome.Conflict($"The document is {document.Status.ToString().ToLowerInvariant()}; only documents in progress can be changed."));
    }
}
