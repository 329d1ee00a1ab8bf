using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.MasterData.ManageMasterData;

/// <summary>Lists and adds a tenant's GL accounts, cost centres and tax keys; loads the SKR03 / SKR04 presets.</summary>
internal sealed class MasterDataHandler(InvoicesDbContext db)
{
    public async Task<IReadOnlyList<MasterDataEntry>> ListAsync(Guid tenantId, MasterDataKind kind, CancellationToken cancellationToken) =>
        await db.MasterData.AsNoTracking().Where(m => m.TenantId == tenantId && m.Kind == kind).OrderBy(m => m.Code).ToListAsync(cancellationToken);

    /// <summary>Adds an entry, or renames one with the same code; null on success, else the field error.</summary>
    public async Task<string?> SaveAsync(DocumentActor actor, MasterDataKind kind, MasterDataInput input, CancellationToken cancellationToken)
    {
        if (!actor.CanEdit)
        {
            return "Your role is read-only.";
        }

        var code = input.Code!.Trim();
        var existing = await db.MasterData.SingleOrDefaultAsync(m => m.TenantId == actor.TenantId && m.Kind == kind && m.Code == code, cancellationToken);
        if (existing is null)
        {
            db.MasterData.Add(new MasterDataEntry { TenantId = actor.TenantId, Kind = kind, Code = code, Name = input.Name!.Trim(), Rate = kind == MasterDataKind.TaxKey ? input.Rate ?? 0m : null });
        }
        else
        {
            existing.Name = input.Name!.Trim();
            existing.Rate = kind == MasterDataKind.TaxKey ? input.Rate ?? 0m : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds the chart's common accounts and tax keys the tenant does not have yet; returns how many were added.</summary>
    public async Task<int> ApplyPresetAsync(DocumentActor actor, string chart, CancellationToken cancellationToken)
    {
        if (!actor.CanEdit || !ChartPresets.Names.Contains(chart))
        {
            return 0;
        }

        var present = (await db.MasterData.AsNoTracking().Where(m => m.TenantId == actor.TenantId).Select(m => new { m.Kind, m.Code }).ToListAsync(cancellationToken))
            .Select(m => (m.Kind, m.Code)).ToHashSet();
        var added = ChartPresets.For(chart).Where(p => !present.Contains((p.Kind, p.Code))).ToList();
        db.MasterData.AddRange(added.Select(p => new MasterDataEntry { TenantId = actor.TenantId, Kind = p.Kind, Code = p.Code, Name = p.Name, Rate = p.Rate }));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
