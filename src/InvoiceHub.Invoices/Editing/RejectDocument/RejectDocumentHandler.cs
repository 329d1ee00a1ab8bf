using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Editing.RejectDocument;

/// <summary>Takes an in-progress document out of the queue into the rejected list, with its reason; nothing is deleted.</summary>
internal sealed class RejectDocumentHandler(InvoicesDbContext db, TimeProvider clock)
{
    public async Task<EditOutcome> HandleAsync(DocumentActor actor, Guid id, RejectDocumentInput input, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.TenantId == actor.TenantId && d.Id == id, cancellationToken);
        if (document is null)
        {
            return EditOutcome.NotFound;
        }

        if (!actor.CanEdit)
        {
            return EditOutcome.Forbidden("Your role is read-only.");
        }

        if (document.Status != DocumentStatus.InProgress)
        {
            return EditOutcome.Conflict($"The document is {document.Status.ToString().ToLowerInvariant()}, not in progress.");
        }

        var reason = input.Reason!.Trim();
        var now = clock.GetUtcNow();
        document.Workspace ??= new DocumentWorkspace();
        document.Workspace.RejectionReason = reason;
        document.Workspace.RejectedBy = actor.Name;
        document.Workspace.RejectedAt = now;
        document.Status = DocumentStatus.Rejected;
        db.Audit.Add(AuditTrail.Entry(document, actor.Name, "rejected", reason, clock));
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Done(document);
    }
}
