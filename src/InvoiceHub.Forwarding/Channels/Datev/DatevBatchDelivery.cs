using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>
/// The daily (and on-demand) DATEV delivery: a tenant's pending DATEV deliveries, one batch per month of document
/// date, written as ZIP to the tenant's target folder (temporary name, then renamed, so a reader never sees half a
/// file); the deliveries are then marked delivered with the batch's name. Documents whose values do not fit
/// DATEV's fields become export errors with the reason; the rest of the batch goes out.
/// </summary>
internal sealed class DatevBatchDelivery(ForwardingDbContext db, IArchivedDocuments archive, DatevBatchBuilder builder, TimeProvider clock)
{
    public async Task<int> DeliverAllAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.Settings.AsNoTracking().Where(s => s.DatevEnabled && s.DatevTargetFolder != null).Select(s => s.TenantId).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var tenant in tenants)
        {
            delivered += await DeliverAsync(tenant, cancellationToken);
        }

        return delivered;
    }

    public async Task<int> DeliverAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.TenantId == tenantId, cancellationToken);
        if (string.IsNullOrWhiteSpace(settings.DatevTargetFolder) || DatevBatchBuilder.MissingSettings(settings).Count > 0)
        {
            return 0;
        }

        var pending = await db.Deliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.Channel == Channel.Datev && d.Status == DeliveryStatus.Pending)
            .ToListAsync(cancellationToken);
        var documents = new List<(Delivery Delivery, ArchivedDocument Document)>();
        foreach (var delivery in pending)
        {
            if (await archive.GetAsync(tenantId, delivery.DocumentId, cancellationToken) is { } document)
            {
                documents.Add((delivery, document));
            }
            else
            {
                await FailAsync(delivery, "Archived document not found.", cancellationToken);
            }
        }

        var delivered = 0;
        foreach (var month in documents.Where(d => d.Document.IssueDate is not null).GroupBy(d => (d.Document.IssueDate!.Value.Year, d.Document.IssueDate!.Value.Month)))
        {
            var from = new DateOnly(month.Key.Year, month.Key.Month, 1);
            var to = from.AddMonths(1).AddDays(-1);
            var batch = await builder.BuildAsync(settings, [.. month.Select(m => m.Document)], from, to, zip: true, cancellationToken);
            foreach (var error in batch.Errors)
            {
                foreach (var failed in month.Where(m => m.Document.InternalNumber == error.InternalNumber))
                {
                    await FailAsync(failed.Delivery, error.Message, cancellationToken);
                }
            }

            if (batch.Zip is null || batch.DocumentIds.Count == 0)
            {
                continue;
            }

            var name = $"{batch.Name}_{clock.GetUtcNow():yyyyMMddHHmmss}.zip";
            Directory.CreateDirectory(settings.DatevTargetFolder);
            var path = Path.Combine(settings.DatevTargetFolder, name);
            await File.WriteAllBytesAsync(path + ".tmp", batch.Zip, cancellationToken);
            File.Move(path + ".tmp", path, overwrite: false);
            var ids = month.Where(m => batch.DocumentIds.Contains(m.Document.Id)).Select(m => m.Delivery.Id).ToArray();
            var now = clock.GetUtcNow();
            delivered += await db.Database.ExecuteSqlAsync($"""
                UPDATE forwarding.deliveries SET status = 'Delivered', delivered_at = {now}, batch = {name}, attempts = attempts + 1
                WHERE id = ANY({ids}) AND status = 'Pending'
                """, cancellationToken);
            foreach (var item in month.Where(m => ids.Contains(m.Delivery.Id)))
            {
                await archive.RecordAsync(tenantId, item.Document.Id, DeliveryProcessor.Actor, "forwarded", $"Datev, delivery {item.Delivery.Id}, batch {name}", cancellationToken);
            }
        }

        foreach (var undated in documents.Where(d => d.Document.IssueDate is null))
        {
            await FailAsync(undated.Delivery, "The invoice has no issue date (Belegdatum).", cancellationToken);
        }

        return delivered;
    }

    private async Task FailAsync(Delivery delivery, string message, CancellationToken cancellationToken)
    {
        var notes = $"Datev: {message}";
        var failed = await db.Database.ExecuteSqlAsync($"""
            UPDATE forwarding.deliveries SET status = 'ExportError', last_error = {message}, export_notes = {notes}, attempts = attempts + 1
            WHERE id = {delivery.Id} AND status = 'Pending'
            """, cancellationToken);
        if (failed == 1)
        {
            await archive.RecordAsync(delivery.TenantId, delivery.DocumentId, DeliveryProcessor.Actor, "export-error", notes, cancellationToken);
        }
    }
}
