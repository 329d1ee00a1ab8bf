using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Manage.BankDetails;

/// <summary>Appends an invoice's IBAN to its party in one statement, so two invoices arriving at once cannot add it twice.</summary>
internal sealed class PartyBankDetails(PartiesDbContext db, TimeProvider clock) : IPartyBankDetails
{
    public async Task<bool> AddIbanAsync(Guid tenantId, Guid partyId, string iban, CancellationToken cancellationToken)
    {
        if (PartyIdentifiers.Iban(iban) is not { } compact || !PartyIdentifiers.IsValidIban(compact))
        {
            return false;
        }

        var now = Timestamps.Now(clock);
        return await db.Database.ExecuteSqlAsync(
            $"UPDATE parties.parties SET ibans = array_append(ibans, {compact}), updated_at = {now} WHERE id = {partyId} AND tenant_id = {tenantId} AND NOT ({compact} = ANY(ibans))",
            cancellationToken) == 1;
    }
}
