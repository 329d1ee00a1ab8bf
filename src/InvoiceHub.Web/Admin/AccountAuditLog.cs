using InvoiceHub.Accounts;
using InvoiceHub.Invoices.Audit;

namespace InvoiceHub.Web.Admin;

/// <summary>Account events go into the same audit trail as document events, so one page and one CSV show both.</summary>
internal sealed class AccountAuditLog(AuditTrail trail) : IAccountAudit
{
    public Task RecordAsync(Guid tenantId, string actor, string action, string? detail, CancellationToken cancellationToken) =>
        trail.RecordAsync(tenantId, actor, action, detail, cancellationToken);
}
