using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;

namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>
/// Records refusals in the intake log. Only refusals pay for it (one insert); a stored document never comes here, so
/// the intake hot path keeps its single round trip.
/// </summary>
internal sealed class IntakeLogWriter(InvoicesDbContext db, SettingsStore settings, TimeProvider clock)
{
    public const int MaxFileNameLength = 255;
    public const int MaxTextLength = 4000;

    public async Task RecordAsync(IntakeRefusalRecord refusal, CancellationToken cancellationToken)
    {
        var keep = refusal.Content is not null && (await settings.GetAsync(refusal.TenantId, cancellationToken)).KeepRefusedFiles;
        db.IntakeLog.Add(new IntakeRefusal
        {
            TenantId = refusal.TenantId,
            At = clock.GetUtcNow(),
            Actor = Cut(refusal.Actor, 256)!,
            Channel = refusal.Channel,
            Kind = refusal.Kind,
            FileName = Cut(refusal.FileName, MaxFileNameLength),
            ContentType = Cut(refusal.ContentType, 200),
            Size = refusal.Size ?? refusal.Content?.LongLength,
            Sha256 = refusal.Content is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(refusal.Content)),
            InvoiceNumber = Cut(refusal.InvoiceNumber, 200),
            PartyName = Cut(refusal.PartyName, 500),
            Problem = Cut(refusal.Problem, 500)!,
            Detail = Cut(refusal.Detail, MaxTextLength),
            ExistingDocumentId = refusal.ExistingDocumentId,
            Content = keep ? refusal.Content : null,
        });
        // A refusal is answered whatever happens to its log entry; the request's token must not undo the record.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
