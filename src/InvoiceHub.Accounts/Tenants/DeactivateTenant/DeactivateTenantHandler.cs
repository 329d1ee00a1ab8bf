using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.DeactivateTenant;

/// <summary>Deactivates a tenant: its users no longer see it (from their next sign-in) and its API keys are revoked.</summary>
internal sealed class DeactivateTenantHandler(AccountsDbContext db, ApiCredentialService credentials, IAccountAudit audit, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid tenantId, string actor, CancellationToken cancellationToken)
    {
        if (await db.TenantSet.SingleOrDefaultAsync(t => t.Id == tenantId && t.DeactivatedAt == null, cancellationToken) is not { } tenant)
        {
            return false;
        }

        tenant.DeactivatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var credential in await credentials.ListAsync(tenantId, cancellationToken))
        {
            await credentials.RevokeAsync(tenantId, credential.Id, actor, cancellationToken);
        }

        await audit.RecordAsync(tenantId, actor, "tenant.deactivated", $"'{tenant.Name}'", cancellationToken);
        return true;
    }
}
