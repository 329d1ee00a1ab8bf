using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.ListTenants;

/// <summary>The tenants a user administers (their Admin memberships), active ones first.</summary>
internal sealed class ListTenantsHandler(AccountsDbContext db)
{
    public async Task<IReadOnlyList<Tenant>> HandleAsync(Guid adminUserId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == adminUserId && m.Role == Users.Roles.Admin)
            .Select(m => m.Tenant!)
            .OrderBy(t => t.DeactivatedAt != null).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
}
