using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;

namespace InvoiceHub.Invoices.Editing.RejectDocument;

/// <summary>Takes an in-progress document out of the queue into the rejected list, with its reason; nothing is deleted.</summary>
internal sealed class RejectDocumentHandler(InvoicesDbContext db, TimeProvider clock)
{
    public async Task<EditOutcome> HandleAsync(DocumentActor actor, Guid id, RejectDocumentInput input, CancellationToken cancellationToken)
    {
        var (document, refusal) = await InProgressDocument.FindAsync(db, actor, id, cancellationToken);
        if (document is null)
        {
            return refusal!;
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
