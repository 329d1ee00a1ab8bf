using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Storage;
using InvoiceHub.Ocr.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InvoiceHub.Invoices.Recognition.ReceiveScan;

/// <summary>
/// Intake of a scan (PNG / JPEG / TIFF image, or a PDF without invoice XML): checked without decoding, stored at once
/// with its recognition pending (document, recognition and audit entry in one transaction), and handed to the OCR job.
/// The answer is 202: the document enters the queue when the job has read it.
/// </summary>
internal sealed class ScanIntake(
    InvoicesDbContext db,
    IDocumentStore store,
    IDocumentRecognizer recognizer,
    IRecognitionQueue queue,
    SettingsStore settingsStore,
    TimeProvider clock,
    ILogger<ScanIntake> logger)
{
    /// <summary>The file type of a scan from its first bytes, or null when it is none of the image types OCR reads.</summary>
    public static ScanKind? ImageKindOf(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? ScanKind.Png
        : content is [0xFF, 0xD8, 0xFF, ..] ? ScanKind.Jpeg
        : content is [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] ? ScanKind.Tiff
        : null;

    public async Task<ReceiveOutcome> ReceiveAsync(ReceiveDocumentCommand command, ScanKind kind, string sha256, CancellationToken cancellationToken)
    {
        if (await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == command.TenantId && d.Sha256 == sha256, cancellationToken) is { } earlier)
        {
            return ReceiveOutcome.Existing(earlier);
        }

        // What can be told without decoding is answered now (422), so that a file that can never be read leaves nothing.
        if (await recognizer.CheckAsync(command.Content, cancellationToken) is { } problem)
        {
            return new ReceiveOutcome(ReceiveOutcomeKind.Unreadable, Title: "Unreadable scan",
                Detail: $"{Describe(kind)} without invoice data: OCR cannot read it: {problem}.", RefusalKind: RefusalKinds.Unreadable);
        }

        var settings = await settingsStore.GetAsync(command.TenantId, cancellationToken);
        var now = IntakeDatabase.Stored(clock.GetUtcNow());
        var document = new Document
        {
            TenantId = command.TenantId,
            // Scans are almost always bills received; a sales scan says so with direction=sales.
            Direction = command.Direction ?? Direction.Purchase,
            Status = DocumentStatus.Recognizing,
            PaymentStatus = command.PaymentStatus ?? settings.DefaultPaymentStatus,
            ExternalId = command.ExternalId,
            Sha256 = sha256,
            Size = command.Content.LongLength,
            ContentType = ContentType(kind),
            Syntax = RecognitionSources.OcrSyntax,
            Profile = Describe(kind),
            ReceivedBy = command.Actor,
            ReceivedAt = now,
        };

        await store.PutAsync(sha256, command.Content, cancellationToken);
        db.Documents.Add(document);
        db.Recognitions.Add(new DocumentRecognition { DocumentId = document.Id, TenantId = document.TenantId, Status = RecognitionStatus.Pending, QueuedAt = now });
        db.Audit.Add(AuditTrail.Entry(document, command.Actor, "received", $"{document.Profile}, {command.Content.Length} bytes; recognition queued", clock));
        try
        {
            // One transaction: the document never exists without its pending recognition, nor the other way round.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: InvoicesDbContext.SameBytesIndex })
        {
            db.ChangeTracker.Clear();
            return ReceiveOutcome.Existing(await db.Documents.AsNoTracking().SingleAsync(d => d.TenantId == command.TenantId && d.Sha256 == sha256, cancellationToken));
        }

        try
        {
            queue.Enqueue(document.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The document is stored and pending: the recognition sweeper starts its job.
            logger.LogWarning(exception, "Could not enqueue the recognition of document {DocumentId}; the sweeper will", document.Id);
        }

        return new ReceiveOutcome(ReceiveOutcomeKind.Accepted, document);
    }

    public static string Describe(ScanKind kind) => kind switch
    {
        ScanKind.Png => "PNG image",
        ScanKind.Jpeg => "JPEG image",
        ScanKind.Tiff => "TIFF image",
        _ => "PDF without invoice XML",
    };

    private static string ContentType(ScanKind kind) => kind switch
    {
        ScanKind.Png => "image/png",
        ScanKind.Jpeg => "image/jpeg",
        ScanKind.Tiff => "image/tiff",
        _ => "application/pdf",
    };
}
