using System.Collections.Concurrent;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Settings;

/// <summary>Reads and saves a tenant's intake settings; defaults until an admin saves some.</summary>
internal sealed class SettingsStore(InvoicesDbContext db, SettingsCache cache, TimeProvider clock)
{
    public async Task<InvoiceSettings> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(tenantId, clock.GetUtcNow()) is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation(tenantId);
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken)
            ?? InvoiceSettings.Defaults(tenantId);
        cache.Put(settings, generation, clock.GetUtcNow());
        return settings.Copy();
    }

    public async Task SaveAsync(InvoiceSettings settings, CancellationToken cancellationToken)
    {
        foreach (var pattern in new[] { settings.PurchaseNumberFormat, settings.SalesNumberFormat })
        {
            if (InternalNumberFormat.Problem(pattern) is { } problem)
            {
                throw new ArgumentException(problem, nameof(settings));
            }
        }

        try
        {
            await SaveChecked(settings, cancellationToken);
        }
        finally
        {
            cache.Forget(settings.TenantId);
        }
    }

    private async Task SaveChecked(InvoiceSettings settings, CancellationToken cancellationToken)
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
            existing.ClosedPeriods = [.. settings.ClosedPeriods];
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// Every intake reads its tenant's settings; they change rarely. This node forgets an entry as soon as it saves one,
/// and other nodes see a change within <see cref="Freshness"/>.
/// </summary>
internal sealed class SettingsCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, (InvoiceSettings Settings, DateTimeOffset Until)> _entries = new();

    // Bumped by every save, so that a read that started before a save cannot put the old values back afterwards.
    private readonly ConcurrentDictionary<Guid, long> _generations = new();

    public InvoiceSettings? TryGet(Guid tenantId, DateTimeOffset now) =>
        _entries.TryGetValue(tenantId, out var entry) && entry.Until > now ? entry.Settings.Copy() : null;

    public long Generation(Guid tenantId) => _generations.GetValueOrDefault(tenantId);

    public void Put(InvoiceSettings settings, long generation, DateTimeOffset now)
    {
        _entries[settings.TenantId] = (settings.Copy(), now + Freshness);
        if (Generation(settings.TenantId) != generation)
        {
            _entries.TryRemove(settings.TenantId, out _);
        }
    }

    public void Forget(Guid tenantId)
    {
        _generations.AddOrUpdate(tenantId, 1, (_, generation) => generation + 1);
        _entries.TryRemove(tenantId, out _);
    }
}
