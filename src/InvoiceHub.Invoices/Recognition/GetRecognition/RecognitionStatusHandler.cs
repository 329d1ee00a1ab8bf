using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Recognition.GetRecognition;

/// <summary>The status resource of a scan's recognition, and its fields once recognised (every read audited).</summary>
internal sealed class RecognitionStatusHandler(InvoicesDbContext db, AuditTrail audit)
{
    public async Task<(Document Document, DocumentRecognition Recognition)?> GetAsync(Guid tenantId, Guid documentId, string actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == documentId, cancellationToken);
        var recognition = document is null ? null
            : await db.Recognitions.AsNoTracking().SingleOrDefaultAsync(r => r.DocumentId == documentId, cancellationToken);
        if (document is null || recognition is null)
        {
            return null;
        }

        await audit.RecordReadAsync(document, actor, "read-recognition", cancellationToken);
        return (document, recognition);
    }

    /// <summary>The recognition of a document without recording a read (the invoice form shows it beside the document it audits).</summary>
    public Task<DocumentRecognition?> FindAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        db.Recognitions.AsNoTracking().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.DocumentId == documentId, cancellationToken);
}
