using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Sync.ListParties;

/// <summary>
/// The parties changed since a moment, oldest change first, in keyset pages over (updated_at, id): a client that
/// follows the cursors sees every change once, even when many share one timestamp.
/// </summary>
internal sealed class ListPartiesHandler(PartiesDbContext db)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public async Task<PartyPage> HandleAsync(
        Guid tenantId, DateTimeOffset? since, PartyCursor? cursor, PartyKind? kind, int limit, CancellationToken cancellationToken)
    {
        var query = db.Parties.AsNoTracking().Where(p => p.TenantId == tenantId);
        if (kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (since is { } from)
        {
            query = query.Where(p => p.UpdatedAt >= from);
        }

        if (cursor is { } after)
        {
            query = query.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.UpdatedAt, p.Id), ValueTuple.Create(after.UpdatedAt, after.Id)));
        }

        var items = await query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id).Take(limit + 1).ToListAsync(cancellationToken);
        if (items.Count <= limit)
        {
            return new PartyPage(items, null);
        }

        items.RemoveAt(limit);
        var last = items[^1];
        return new PartyPage(items, new PartyCursor(last.UpdatedAt, last.Id).Encode());
    }
}
