using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Sync.GetParty;

/// <summary>One party of the calling tenant by its external id; another tenant's party is simply not there.</summary>
internal sealed class GetPartyHandler(PartiesDbContext db)
{
    public Task<Party?> HandleAsync(Guid tenantId, string externalId, CancellationToken cancellationToken) =>
        db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == tenantId && p.ExternalId == externalId, cancellationToken);
}
