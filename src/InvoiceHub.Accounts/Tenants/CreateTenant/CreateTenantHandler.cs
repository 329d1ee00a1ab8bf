using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Users;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.CreateTenant;

/// <summary>Creates a tenant; the admin who creates it becomes its first Admin, so it can be set up at once.</summary>
internal sealed class CreateTenantHandler(AccountsDbContext db, IAccountAudit audit, TimeProvider clock)
{
    public async Task<AccountResult<Tenant>> HandleAsync(string name, Guid adminUserId, string actor, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (TenantNameRule.Problem(name) is { } problem)
        {
            return AccountResult.Refused<Tenant>("Name", problem);
        }

        if (await db.TenantSet.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return AccountResult.Refused<Tenant>("Name", $"A tenant named '{name}' exists already.");
        }

        var tenant = db.TenantSet.Add(new Tenant { Name = name, CreatedAt = clock.GetUtcNow() }).Entity;
        db.Memberships.Add(new TenantMembership { TenantId = tenant.Id, UserId = adminUserId, Role = Roles.Admin });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(tenant.Id, actor, "tenant.created", $"'{name}'", cancellationToken);
        return AccountResult.Done(tenant);
    }
}
