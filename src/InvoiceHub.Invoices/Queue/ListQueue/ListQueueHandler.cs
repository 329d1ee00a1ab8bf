using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Queue.ListQueue;

/// <summary>
/// The in-progress (or rejected) list of one tenant and direction: filtered by text and reason, sorted, paged. The
/// queue is small compared with the archive, so offset paging over the index (tenant, direction, status, received) is enough.
/// </summary>
internal sealed class ListQueueHandler(InvoicesDbContext db, SettingsStore settingsStore)
{
    public const int MaxPageSize = 200;

    public async Task<QueuePage> HandleAsync(QueueQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var documents = db.Documents.AsNoTracking()
            .Where(d => d.TenantId == query.TenantId && d.Direction == query.Direction && d.Status == query.Status);
        if (query.Search is { Length: > 0 } search)
        {
            var pattern = $"%{search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            documents = documents.Where(d => EF.Functions.ILike(d.InvoiceNumber!, pattern) || EF.Functions.ILike(d.CounterpartyName!, pattern));
        }

        if (query.Reason is { Length: > 0 } reason)
        {
            documents = documents.Where(d => d.Reasons.Any(r => r.Code == reason));
        }

        var total = await documents.CountAsync(cancellationToken);
        var sorted = (query.Sort, query.Descending) switch
        {
            (QueueSort.Number, false) => documents.OrderBy(d => d.InvoiceNumber).ThenBy(d => d.Id),
            (QueueSort.Number, true) => documents.OrderByDescending(d => d.InvoiceNumber).ThenByDescending(d => d.Id),
            (QueueSort.Party, false) => documents.OrderBy(d => d.CounterpartyName).ThenBy(d => d.Id),
            (QueueSort.Party, true) => documents.OrderByDescending(d => d.CounterpartyName).ThenByDescending(d => d.Id),
            (QueueSort.Date, false) => documents.OrderBy(d => d.IssueDate).ThenBy(d => d.Id),
            (QueueSort.Date, true) => documents.OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.Id),
            (QueueSort.Amount, false) => documents.OrderBy(d => d.TotalAmount).ThenBy(d => d.Id),
            (QueueSort.Amount, true) => documents.OrderByDescending(d => d.TotalAmount).ThenByDescending(d => d.Id),
            (_, false) => documents.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id),
            (_, true) => documents.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
        };
        var rows = await sorted.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var settings = await settingsStore.GetAsync(query.TenantId, cancellationToken);
        return new QueuePage([.. rows.Select(d => Row(d, settings))], total, page, pageSize);
    }

    private static QueueRow Row(Document d, InvoiceSettings settings) => new(
        d.Id, d.InvoiceNumber, d.CounterpartyName, d.IssueDate, d.TotalAmount, d.Currency, d.ReceivedAt, d.Reasons,
        d.Workspace?.RejectionReason,
        d.Status == DocumentStatus.InProgress ? [.. ArchiveReadiness.Problems(d, settings).Values.SelectMany(m => m)] : []);
}
