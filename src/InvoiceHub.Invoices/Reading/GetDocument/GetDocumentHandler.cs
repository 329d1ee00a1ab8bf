using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Reading.GetDocument;

/// <summary>
/// Reads one document of a tenant for a person or a connector: the record, its original bytes or its parsed invoice.
/// Every read is audited (the access history); another tenant's document does not exist here.
/// </summary>
internal sealed class GetDocumentHandler(InvoicesDbContext db, IDocumentStore store, AuditTrail audit)
{
    /// <param name="action">What the audit trail says was done: <c>read</c> (API), <c>viewed</c> (page), ...</param>
    public async Task<Document?> GetAsync(Guid tenantId, Guid id, string actor, string action, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenantId, id, cancellationToken) is not { } document)
        {
            return null;
        }

        await audit.RecordReadAsync(document, actor, action, cancellationToken);
        return document;
    }

    /// <summary>The original bytes exactly as received, with a file name for downloading.</summary>
    public async Task<DocumentOriginal?> GetOriginalAsync(Guid tenantId, Guid id, string actor, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenantId, id, cancellationToken) is not { } document
            || await store.GetAsync(document.Sha256, cancellationToken) is not { } bytes)
        {
            return null;
        }

        await audit.RecordReadAsync(document, actor, "read-original", cancellationToken);
        var extension = document.ContentType switch
        {
            var pdf when pdf.Contains("pdf", StringComparison.OrdinalIgnoreCase) => ".pdf",
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/tiff" => ".tif",
            _ => ".xml",
        };
        return new DocumentOriginal(document, bytes, $"{document.InternalNumber ?? document.Id.ToString()}{extension}");
    }

    /// <summary>The document with its invoice read from the original (for rendering and attachments).</summary>
    public async Task<(Document Document, Invoice Invoice)?> GetInvoiceAsync(Guid tenantId, Guid id, string actor, string action, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenantId, id, cancellationToken) is not { } document
            || await InvoiceOfAsync(document, cancellationToken) is not { } invoice)
        {
            return null;
        }

        await audit.RecordReadAsync(document, actor, action, cancellationToken);
        return (document, invoice);
    }

    /// <summary>The invoice read from a document's original without recording a read (for re-showing a form just posted); null for scans.</summary>
    public async Task<Invoice?> InvoiceOfAsync(Document document, CancellationToken cancellationToken) =>
        await store.GetAsync(document.Sha256, cancellationToken) is { } bytes ? InvoiceReader.Read(bytes).Invoice : null;

    /// <summary>
    /// The <paramref name="n"/>-th (1-based) attachment embedded in the document's invoice, decoded (null when it has no
    /// such attachment: <see cref="EmbeddedAttachment.Count"/> says how many it has); null when there is no such invoice.
    /// </summary>
    public async Task<EmbeddedAttachment?> GetEmbeddedAttachmentAsync(Guid tenantId, Guid id, int n, string actor, CancellationToken cancellationToken)
    {
        if (await GetInvoiceAsync(tenantId, id, actor, $"read-attachment-{n}", cancellationToken) is not { } found)
        {
            return null;
        }

        var attachments = EmbeddedAttachments(found.Invoice);
        return new EmbeddedAttachment(found.Document, attachments.Count, n >= 1 && n <= attachments.Count ? attachments[n - 1] : null);
    }

    /// <summary>The files embedded in an invoice (BT-125), in document order: attachment n is the n-th of these.</summary>
    public static IReadOnlyList<BinaryObject> EmbeddedAttachments(Invoice invoice) =>
        [.. invoice.SupportingDocuments.Select(s => s.Attachment).OfType<BinaryObject>()];

    /// <summary>The audit trail of one document, oldest first: who did or saw what, when.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        await db.Audit.AsNoTracking().Where(a => a.TenantId == tenantId && a.DocumentId == id).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The document without recording a read: for re-showing a form a person has just posted.</summary>
    public Task<Document?> FindAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
}
