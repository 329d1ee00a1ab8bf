namespace InvoiceHub.Accounts;

/// <summary>Where account events (sign-ins, users, credentials, tenants) go into the tenant's audit trail; the host provides it.</summary>
public interface IAccountAudit
{
    Task RecordAsync(Guid tenantId, string actor, string action, string? detail, CancellationToken cancellationToken);
}
