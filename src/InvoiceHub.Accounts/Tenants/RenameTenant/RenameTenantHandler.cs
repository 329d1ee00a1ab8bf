using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.RenameTenant;

/// <summary>Renames a tenant (names are unique).</summary>
internal sealed class RenameTenantHandler(AccountsDbContext db, IAccountAudit audit)
{
    public async Task<AccountResult<Tenant>> HandleAsync(Guid tenantId, string name, string actor, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (TenantNameRule.Problem(name) is { } problem)
        {
            return AccountResult.Refused<Tenant>("Name", problem);
        }

        if (await db.TenantSet.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken) is not { } tenant)
        {
            return AccountResult.Refused<Tenant>("Name", "There is no such tenant.");
        }

        if (await db.TenantSet.AnyAsync(t => t.Name == name && t.Id != tenantId, cancellationToken))
        {
            return AccountResult.Refused<Tenant>("Name", $"A tenant named '{name}' exists already.");
        }

        var old = tenant.Name;
        tenant.Name = name;
        await db.SaveChangesAsync(cancellationToken);
        if (old != name)
        {
            await audit.RecordAsync(tenantId, actor, "tenant.renamed", $"'{old}' -> '{name}'", cancellationToken);
        }

        return AccountResult.Done(tenant);
    }
}
