using InvoiceHub.Accounts;

namespace InvoiceHub.LoadTest;

/// <summary>Account events of the load generator's own set-up (its API key), which go nowhere.</summary>
internal sealed class UnrecordedAccountEvents : IAccountAudit
{
    public Task RecordAsync(Guid tenantId, string actor, string action, string? detail, CancellationToken cancellationToken) => Task.CompletedTask;
}
