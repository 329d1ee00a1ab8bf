using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Manage.AccountNumbering;

/// <summary>The tenant's row of <see cref="PartySettings"/> as the settings page sees it; a tenant without one has the defaults.</summary>
internal sealed class AccountNumberingStore(PartiesDbContext db) : IAccountNumbering
{
    public async Task<Contracts.AccountNumbering> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsForAsync(tenantId, cancellationToken);
        return new(settings.AccountNumberLength, settings.CustomerRangeFrom, settings.CustomerRangeTo, settings.SupplierRangeFrom, settings.SupplierRangeTo);
    }

    public async Task SaveAsync(Guid tenantId, Contracts.AccountNumbering numbering, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        if (settings is null)
        {
            settings = PartySettings.Defaults(tenantId);
            db.Settings.Add(settings);
        }

        settings.AccountNumberLength = numbering.Length;
        settings.CustomerRangeFrom = numbering.CustomerFrom;
        settings.CustomerRangeTo = numbering.CustomerTo;
        settings.SupplierRangeFrom = numbering.SupplierFrom;
        settings.SupplierRangeTo = numbering.SupplierTo;
        await db.SaveChangesAsync(cancellationToken);
    }
}
