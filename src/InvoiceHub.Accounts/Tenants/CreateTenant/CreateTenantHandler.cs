using FluentValidation;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Users;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.CreateTenant;

/// <summary>Creates a tenant; the admin who creates it becomes its first Admin, so it can be set up at once.</summary>
internal sealed class CreateTenantHandler(AccountsDbContext db, IAccountAudit audit, TimeProvider clock, IValidator<CreateTenantCommand> validator)
{
    public async Task<AccountResult<Tenant>> HandleAsync(CreateTenantCommand command, Guid adminUserId, string actor, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(command, cancellationToken) is { IsValid: false } validation)
        {
            return AccountResult.Invalid<Tenant>(validation);
        }

        var name = command.Name!.Trim();
        if (await db.TenantSet.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return AccountResult.Taken<Tenant>(nameof(command.Name), $"A tenant named '{name}' exists already.");
        }

        var tenant = db.TenantSet.Add(new Tenant { Name = name, CreatedAt = clock.GetUtcNow() }).Entity;
        db.Memberships.Add(new TenantMembership { TenantId = tenant.Id, UserId = adminUserId, Role = Roles.Admin });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(tenant.Id, actor, "tenant.created", $"'{name}'", cancellationToken);
        return AccountResult.Done(tenant);
    }
}
