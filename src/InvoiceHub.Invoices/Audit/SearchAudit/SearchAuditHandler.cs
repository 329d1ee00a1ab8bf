using System.Globalization;
using System.Text;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Audit.SearchAudit;

/// <summary>Finds audit entries of a tenant by who, what, which document and when; pages and CSV use the same filter.</summary>
internal sealed class SearchAuditHandler(InvoicesDbContext db)
{
    /// <summary>The most rows one CSV download holds.</summary>
    public const int MaxCsvRows = 100_000;

    public async Task<AuditPage> HandleAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var rows = await Filter(query).Skip((page - 1) * query.PageSize).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage(rows.Count > query.PageSize ? rows[..query.PageSize] : rows, page, rows.Count > query.PageSize);
    }

    public async Task<string> CsvAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("at,actor,action,document_id,detail\r\n");
        await foreach (var entry in Filter(query).Take(MaxCsvRows).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.Append(entry.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(entry.Actor)).Append(',')
                .Append(Field(entry.Action)).Append(',')
                .Append(entry.DocumentId?.ToString() ?? "").Append(',')
                .Append(Field(entry.Detail ?? "")).Append("\r\n");
        }

        return csv.ToString();
    }

    private IQueryable<AuditEntry> Filter(AuditQuery query)
    {
        var entries = db.Audit.AsNoTracking().Where(a => a.TenantId == query.TenantId);
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(a => a.Actor.Contains(query.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(a => a.Action.StartsWith(query.Action.Trim()));
        }

        if (query.DocumentId is { } document)
        {
            entries = entries.Where(a => a.DocumentId == document);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }

        return entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    // RFC 4180 quoting, and no leading =, +, - or @ that a spreadsheet would run as a formula (the text is untrusted).
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
