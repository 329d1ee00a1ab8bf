using FluentValidation;
using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.RenameTenant;

/// <summary>Renames a tenant (names are unique).</summary>
internal sealed class RenameTenantHandler(AccountsDbContext db, IAccountAudit audit, IValidator<RenameTenantCommand> validator)
{
    public async Task<AccountResult<Tenant>> HandleAsync(RenameTenantCommand command, string actor, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(command, cancellationToken) is { IsValid: false } validation)
        {
            return AccountResult.Invalid<Tenant>(validation);
        }

        var name = command.Name!.Trim();
        if (await db.TenantSet.SingleOrDefaultAsync(t => t.Id == command.TenantId, cancellationToken) is not { } tenant)
        {
            return AccountResult.Refused<Tenant>(nameof(command.Name), "There is no such tenant.");
        }

        if (await db.TenantSet.AnyAsync(t => t.Name == name && t.Id != command.TenantId, cancellationToken))
        {
            return AccountResult.Taken<Tenant>(nameof(command.Name), $"A tenant named '{name}' exists already.");
        }

        var old = tenant.Name;
        tenant.Name = name;
        await db.SaveChangesAsync(cancellationToken);
        if (old != name)
        {
            await audit.RecordAsync(command.TenantId, actor, "tenant.renamed", $"'{old}' -> '{name}'", cancellationToken);
        }

        return AccountResult.Done(tenant);
    }
}
