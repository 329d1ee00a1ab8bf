using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Settings;

/// <summary>Reads and saves a tenant's intake settings; defaults until an admin saves some.</summary>
internal sealed class SettingsStore(InvoicesDbContext db)
{
    public async Task<InvoiceSettings> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken)
        ?? InvoiceSettings.Defaults(tenantId);

    public async Task SaveAsync(InvoiceSettings settings, CancellationToken cancellationToken)
    {
        var existing = await db.Settings.SingleOrDefaultAsync(s => s.TenantId == settings.TenantId, cancellationToken);
        if (existing is null)
        {
            db.Settings.Add(settings);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(settings);
            existing.ExcludedTypeCodes = [.. settings.ExcludedTypeCodes];
            existing.RequiredFields = [.. settings.RequiredFields];
            existing.OwnIdentifiers = [.. settings.OwnIdentifiers];
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
