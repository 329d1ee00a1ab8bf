using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Queries;

/// <summary>Reads documents of one tenant; another tenant's ids simply do not exist here.</summary>
internal sealed class DocumentQueries(InvoicesDbContext db)
{
    public const int MaxLimit = 500;

    public Task<Document?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);

    /// <summary>A page in id order (ids are time-ordered UUIDv7), one more than asked to tell whether more follow.</summary>
    public async Task<(IReadOnlyList<Document> Page, Guid? Next)> ListAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var documents = db.Documents.AsNoTracking().Where(d => d.TenantId == query.TenantId);
        if (query.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (query.Direction is { } direction)
        {
            documents = documents.Where(d => d.Direction == direction);
        }

        if (DocumentFacts.NormaliseNumber(query.Number) is { } numberKey)
        {
            documents = documents.Where(d => d.NumberKey == numberKey);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            documents = Guid.TryParse(query.Party, out var partyId)
                ? documents.Where(d => d.PartyId == partyId)
                : documents.Where(d => d.PartyAccountNumber == query.Party || EF.Functions.ILike(d.CounterpartyName!, $"%{query.Party}%"));
        }

        if (query.Since is { } since)
        {
            documents = documents.Where(d => d.ReceivedAt >= since);
        }

        if (query.After is { } after)
        {
            documents = documents.Where(d => d.Id.CompareTo(after) > 0);
        }

        var page = await documents.OrderBy(d => d.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return page.Count > limit ? (page[..limit], page[limit - 1].Id) : (page, null);
    }
}
