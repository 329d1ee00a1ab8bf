using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants;

/// <summary>Looks up tenant names for display.</summary>
internal sealed class TenantNames(AccountsDbContext db)
{
    public async Task<IReadOnlyList<string>> GetAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken) =>
        await db.TenantSet.Where(t => tenantIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);

    /// <summary>The tenants with their ids, by name (the layout's tenant switcher).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken) =>
        [.. (await db.TenantSet.Where(t => tenantIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name))];
}
