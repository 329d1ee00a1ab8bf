using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>Lists one tenant's refused files, newest first, and hands out the bytes the tenant chose to keep.</summary>
internal sealed class ListIntakeLogHandler(InvoicesDbContext db)
{
    public const int MaxLimit = 200;

    public async Task<IntakeLogPage> HandleAsync(IntakeLogQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var log = db.IntakeLog.AsNoTracking().Where(r => r.TenantId == query.TenantId);
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            log = log.Where(r => r.Kind == query.Kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            log = log.Where(r => r.Actor == query.Actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = $"%{query.Text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)}%";
            log = log.Where(r => EF.Functions.ILike(r.FileName!, pattern) || EF.Functions.ILike(r.InvoiceNumber!, pattern) || EF.Functions.ILike(r.PartyName!, pattern));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            log = log.Where(r => r.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            log = log.Where(r => r.At < end);
        }

        if (query.After is { } after)
        {
            log = log.Where(r => r.Id.CompareTo(after) < 0);
        }

        var rows = await log.OrderByDescending(r => r.Id).Take(limit + 1)
            .Select(r => new IntakeLogEntry(r.Id, r.At, r.Actor, r.Channel, r.Kind, r.FileName, r.Size, r.Sha256, r.InvoiceNumber,
                r.PartyName, r.Problem, r.Detail, r.ExistingDocumentId, r.Content != null))
            .ToListAsync(cancellationToken);
        return rows.Count > limit ? new IntakeLogPage(rows[..limit], rows[limit - 1].Id) : new IntakeLogPage(rows, null);
    }

    /// <summary>The kept bytes of a refusal of this tenant, or null (none kept, or another tenant's id).</summary>
    public async Task<RefusedFile?> GetFileAsync(Guid tenantId, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.IntakeLog.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.Id == id && r.Content != null)
            .Select(r => new { r.FileName, r.ContentType, r.Content, r.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new RefusedFile(row.FileName ?? $"refused-{row.Sha256?[..12]}", row.ContentType ?? "application/octet-stream", row.Content!);
    }
}
