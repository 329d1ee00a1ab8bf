using InvoiceHub.Invoices.Audit;

namespace InvoiceHub.Invoices.Dashboard.GetDashboard;

/// <summary>What a tenant's dashboard shows: the queues with their commonest reasons, archive counts, recent activity.</summary>
public sealed record DashboardView(
    int PurchaseInProgress,
    int SalesInProgress,
    IReadOnlyList<ReasonCount> PurchaseReasons,
    IReadOnlyList<ReasonCount> SalesReasons,
    int ArchivedToday,
    int ArchivedThisMonth,
    IReadOnlyList<AuditEntry> RecentActivity);

/// <summary>How many waiting documents of one direction give this reason.</summary>
public sealed record ReasonCount(string Direction, string Code, int Count);
