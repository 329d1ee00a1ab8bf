using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Users;

/// <summary>
/// What a person does to their own account (signs in, changes their password, enrols a second factor) belongs to no
/// single tenant: it goes into the audit trail of every tenant they are a member of, so each tenant's admins see it.
/// </summary>
internal sealed class OwnAccountAudit(AccountsDbContext db, IAccountAudit audit)
{
    public async Task RecordAsync(AppUser user, string action, string? detail, CancellationToken cancellationToken)
    {
        var tenants = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.TenantId).ToListAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            await audit.RecordAsync(tenantId, user.Email ?? user.Id.ToString(), action, detail, cancellationToken);
        }
    }
}
