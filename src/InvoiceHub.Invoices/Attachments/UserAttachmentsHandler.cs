using System.Security.Cryptography;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Attachments;

/// <summary>
/// Files a person adds to a document (product notes, section 5: delivery notes as PDF or images), listed on the
/// invoice form and the detail view. Adding is audited; an archived invoice may still receive one (the original and
/// its fields stay untouched), a rejected one may not. Reads are audited like the original's.
/// </summary>
internal sealed class UserAttachmentsHandler(InvoicesDbContext db, IDocumentStore store, TimeProvider clock)
{
    public const string Field = "Attachment";

    public async Task<IReadOnlyList<UserAttachment>> ListAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        await db.UserAttachments.AsNoTracking().Where(a => a.TenantId == tenantId && a.DocumentId == documentId)
            .OrderBy(a => a.AddedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <param name="open">Opens the file's bytes; read only when its size is acceptable.</param>
    public async Task<EditOutcome> AddAsync(DocumentActor actor, Guid documentId, string? fileName, long length, Func<Stream>? open, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == actor.TenantId && d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return EditOutcome.NotFound;
        }

        if (!actor.CanEdit)
        {
            return EditOutcome.Forbidden("Your role is read-only.");
        }

        if (document.Status == DocumentStatus.Rejected)
        {
            return EditOutcome.Conflict("The document is rejected; nothing can be attached to it.");
        }

        if (open is null || length == 0)
        {
            return Refused("Choose a file to attach; an empty file is refused.");
        }

        if (length > AttachmentFile.MaxSize)
        {
            return Refused($"The file is larger than {AttachmentFile.MaxSize / 1024 / 1024} MB.");
        }

        byte[] content;
        await using (var stream = open())
        {
            using var buffer = new MemoryStream((int)length);
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        if (AttachmentFile.Detect(content) is not { } kind)
        {
            return Refused("Only PDF, PNG, JPEG and TIFF files can be attached.");
        }

        var (contentType, extension) = kind;

        if (await db.UserAttachments.CountAsync(a => a.TenantId == actor.TenantId && a.DocumentId == documentId, cancellationToken) >= AttachmentFile.MaxPerDocument)
        {
            return Refused($"A document has at most {AttachmentFile.MaxPerDocument} attachments.");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        // The bytes first: a failed write leaves no row pointing at nothing (the store's cleanup removes unreferenced files).
        await store.PutAsync(sha256, content, cancellationToken);
        var attachment = new UserAttachment
        {
            TenantId = actor.TenantId,
            DocumentId = documentId,
            FileName = AttachmentFile.SafeName(fileName, extension),
            ContentType = contentType,
            Size = content.Length,
            Sha256 = sha256,
            AddedBy = actor.Name,
            AddedAt = clock.GetUtcNow(),
        };
        db.UserAttachments.Add(attachment);
        db.Audit.Add(AuditTrail.Entry(document, actor.Name, "attachment-added", $"{attachment.FileName} ({content.Length:N0} bytes)", clock));
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Done(document);
    }

    /// <summary>One attachment's bytes for download, or null (also for another tenant's).</summary>
    public async Task<(UserAttachment Attachment, byte[] Content)?> GetAsync(DocumentActor actor, Guid documentId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.UserAttachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TenantId == actor.TenantId && a.DocumentId == documentId && a.Id == attachmentId, cancellationToken);
        if (attachment is null || await store.GetAsync(attachment.Sha256, cancellationToken) is not { } content
            || await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken) is not { } document)
        {
            return null;
        }

        db.Audit.Add(AuditTrail.Entry(document, actor.Name, "read-attachment", attachment.FileName, clock));
        await db.SaveChangesAsync(cancellationToken);
        return (attachment, content);
    }

    private static EditOutcome Refused(string message) => EditOutcome.Invalid(new Dictionary<string, string[]> { [Field] = [message] });
}
