using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Manage.SearchParties;

/// <summary>The parties page's search, offered to the invoice form through the module's contract.</summary>
internal sealed class PartyDirectory(SearchPartiesHandler search) : IPartyDirectory
{
    public async Task<IReadOnlyList<PartySummary>> SearchAsync(Guid tenantId, PartyKind kind, string? text, int limit, CancellationToken cancellationToken) =>
        [.. (await search.HandleAsync(tenantId, text, kind, limit, cancellationToken)).Select(Summary)];

    public async Task<PartySummary?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        await search.GetAsync(tenantId, id, cancellationToken) is { } party ? Summary(party) : null;

    private static PartySummary Summary(Party party) => new(
        party.Id,
        party.Kind,
        party.Name,
        party.AccountNumber,
        party.VatId,
        party.Gln,
        party.Ibans,
        party.PaymentDaysNet is null && party.CashDiscountDays is null
            ? null
            : new PartyPaymentTerms(party.PaymentDaysNet, party.CashDiscountDays, party.CashDiscountPercent));
}
