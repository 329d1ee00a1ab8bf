using InvoiceHub.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Tenants.TwoFactorRequirement;

/// <summary>
/// Sets who in the tenant must use two-factor sign-in. Members it covers who have no second factor yet are sent to
/// enrol one from their next sign-in on, before they can use anything else; the change is audited with old and new value.
/// </summary>
internal sealed class SetTwoFactorRequirementHandler(AccountsDbContext db, IAccountAudit audit)
{
    public async Task<AccountResult<string>> HandleAsync(Guid tenantId, string requirement, string actor, CancellationToken cancellationToken)
    {
        if (!TwoFactorRequirement.All.Contains(requirement))
        {
            return AccountResult.Refused<string>("Requirement", "Choose optional, required for Admins, or required for everyone.");
        }

        if (await db.TenantSet.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken) is not { } tenant)
        {
            return AccountResult.Refused<string>("Requirement", "The tenant does not exist.");
        }

        var before = TwoFactorRequirement.Of(tenant);
        if (before == requirement)
        {
            return AccountResult.Done("");
        }

        tenant.RequireTwoFactorForEveryone = requirement == TwoFactorRequirement.Everyone;
        tenant.RequireTwoFactorForAdmins = requirement != TwoFactorRequirement.Optional;
        await db.SaveChangesAsync(cancellationToken);
        var change = $"two-factor sign-in: '{before}' -> '{requirement}'";
        await audit.RecordAsync(tenantId, actor, "tenant.two-factor-requirement", change, cancellationToken);
        return AccountResult.Done(change);
    }

    public async Task<string> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantSet.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken) is { } tenant
            ? TwoFactorRequirement.Of(tenant)
            : TwoFactorRequirement.Optional;
}
