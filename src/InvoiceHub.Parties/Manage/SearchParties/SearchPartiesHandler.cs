using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Manage.SearchParties;

/// <summary>
/// The parties page's list: by part of the name, or exactly by account number, VAT id, GLN or IBAN (written any way,
/// normalised as stored); ordered by name.
/// </summary>
internal sealed class SearchPartiesHandler(PartiesDbContext db)
{
    public const int MaxLimit = 200;
    public const int MaxTextLength = 200;

    public async Task<IReadOnlyList<Party>> HandleAsync(Guid tenantId, string? text, PartyKind? kind, int limit, CancellationToken cancellationToken)
    {
        var parties = db.Parties.AsNoTracking().Where(p => p.TenantId == tenantId);
        if (kind is { } k)
        {
            parties = parties.Where(p => p.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            var pattern = $"%{trimmed.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)}%";
            var compact = PartyIdentifiers.Compact(trimmed) ?? trimmed;
            parties = parties.Where(p => EF.Functions.ILike(p.Name, pattern) || p.AccountNumber == trimmed || p.VatId == compact
                || p.Gln == compact || p.Ibans.Contains(compact));
        }

        return await parties.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(Math.Clamp(limit, 1, MaxLimit)).ToListAsync(cancellationToken);
    }

    /// <summary>One party of the tenant, or null (also for another tenant's id).</summary>
    public Task<Party?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == tenantId && p.Id == id, cancellationToken);
}
