using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Dashboard.GetDashboard;

/// <summary>The figures of a tenant's dashboard, in a handful of indexed queries.</summary>
internal sealed class GetDashboardHandler(InvoicesDbContext db, TimeProvider clock)
{
    public const int TopReasons = 3;

    public async Task<DashboardView> HandleAsync(Guid tenantId, TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        var counts = await db.Documents.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.Status == DocumentStatus.InProgress)
            .GroupBy(d => d.Direction).Select(g => new { Direction = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // The reasons are a JSON array per document (EF writes the property names as declared: "Code"); count each code
        // once per document, commonest first.
        var reasons = await db.Database.SqlQuery<ReasonCount>($"""
            SELECT d.direction AS "Direction", r."Code" AS "Code", count(DISTINCT d.id)::int AS "Count"
            FROM invoices.documents d, jsonb_to_recordset(d.reasons) AS r("Code" text)
            WHERE d.tenant_id = {tenantId} AND d.status = 'InProgress' AND r."Code" IS NOT NULL
            GROUP BY d.direction, r."Code"
            ORDER BY count(DISTINCT d.id) DESC, r."Code"
            """).ToListAsync(cancellationToken);

        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), timeZone);
        var today = new DateTimeOffset(now.Date, now.Offset);
        var month = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset);
        var archived = db.Documents.AsNoTracking().Where(d => d.TenantId == tenantId && d.Status == DocumentStatus.Archived);
        var archivedThisMonth = await archived.CountAsync(d => d.ArchivedAt >= month, cancellationToken);
        var archivedToday = await archived.CountAsync(d => d.ArchivedAt >= today, cancellationToken);
        var recent = await db.Audit.AsNoTracking().Where(a => a.TenantId == tenantId).OrderByDescending(a => a.Id).Take(10).ToListAsync(cancellationToken);

        int Count(Direction direction) => counts.SingleOrDefault(c => c.Direction == direction)?.Count ?? 0;
        IReadOnlyList<ReasonCount> Top(Direction direction) => [.. reasons.Where(r => r.Direction == direction.ToString()).Take(TopReasons)];
        return new DashboardView(Count(Direction.Purchase), Count(Direction.Sales), Top(Direction.Purchase), Top(Direction.Sales),
            archivedToday, archivedThisMonth, recent);
    }
}
