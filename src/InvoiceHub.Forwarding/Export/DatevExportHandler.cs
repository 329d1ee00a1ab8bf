using InvoiceHub.Forwarding.Channels.Datev;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Export;

/// <summary>
/// The on-demand DATEV booking batch of a tenant's archived invoices by document date (GET /api/v1/forwarding/datev).
/// A read only: it marks nothing as delivered.
/// </summary>
public sealed class DatevExportHandler
{
    private readonly ForwardingDbContext _db;
    private readonly IArchivedDocuments _archive;
    private readonly DatevBatchBuilder _builder;

    internal DatevExportHandler(ForwardingDbContext db, IArchivedDocuments archive, DatevBatchBuilder builder)
    {
        _db = db;
        _archive = archive;
        _builder = builder;
    }

    public async Task<DatevExportResult> ExportAsync(Guid tenantId, DateOnly from, DateOnly to, bool zip, CancellationToken cancellationToken)
    {
        var settings = await _db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        var missing = DatevBatchBuilder.MissingSettings(settings);
        if (missing.Count > 0)
        {
            return DatevExportResult.MissingSettings(missing);
        }

        var documents = await _archive.ListByIssueDateAsync(tenantId, from, to, cancellationToken);
        var batch = await _builder.BuildAsync(settings!, documents, from, to, zip, cancellationToken);
        if (batch.Errors.Count > 0)
        {
            return DatevExportResult.Invalid([.. batch.Errors.Select(e => $"{e.InternalNumber}: {e.Message}")]);
        }

        return zip ? DatevExportResult.File(batch.Name + ".zip", "application/zip", batch.Zip!)
            : DatevExportResult.File(batch.Name + ".csv", "text/csv; charset=windows-1252", batch.Csv!);
    }
}
