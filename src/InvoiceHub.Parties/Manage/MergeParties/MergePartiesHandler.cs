using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Manage.MergeParties;

/// <summary>
/// Merges a duplicate into the surviving party: the survivor keeps its own values and takes from the duplicate what
/// it lacks (identifiers, address, account number, payment terms) and all its bank accounts; the duplicate is removed.
/// The documents are moved first by the invoices module (see MergePartiesModel), so none ever points at a removed party.
/// </summary>
internal sealed class MergePartiesHandler(PartiesDbContext db, TimeProvider clock)
{
    /// <summary>Checks that both exist, differ and are of one kind, without changing anything.</summary>
    public async Task<MergeCheck> CheckAsync(Guid tenantId, Guid survivorId, Guid duplicateId, CancellationToken cancellationToken)
    {
        if (survivorId == duplicateId)
        {
            return new MergeCheck(MergeProblem.SameParty, null, null);
        }

        var parties = await db.Parties.AsNoTracking()
            .Where(p => p.TenantId == tenantId && (p.Id == survivorId || p.Id == duplicateId)).ToListAsync(cancellationToken);
        var survivor = parties.SingleOrDefault(p => p.Id == survivorId);
        var duplicate = parties.SingleOrDefault(p => p.Id == duplicateId);
        if (survivor is null || duplicate is null)
        {
            return new MergeCheck(MergeProblem.NotFound, survivor, duplicate);
        }

        return new MergeCheck(survivor.Kind == duplicate.Kind ? null : MergeProblem.KindDiffers, survivor, duplicate);
    }

    public async Task<Party?> MergeAsync(Guid tenantId, Guid survivorId, Guid duplicateId, CancellationToken cancellationToken)
    {
        var survivor = await db.Parties.SingleOrDefaultAsync(p => p.TenantId == tenantId && p.Id == survivorId, cancellationToken);
        var duplicate = await db.Parties.SingleOrDefaultAsync(p => p.TenantId == tenantId && p.Id == duplicateId, cancellationToken);
        if (survivor is null || duplicate is null || survivor.Kind != duplicate.Kind || survivorId == duplicateId)
        {
            return null;
        }

        // The duplicate goes first: its account number and external id are unique and may move to the survivor.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Parties.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);

        survivor.ExternalId ??= duplicate.ExternalId;
        survivor.AccountNumber ??= duplicate.AccountNumber;
        survivor.VatId ??= duplicate.VatId;
        survivor.RegistrationId ??= duplicate.RegistrationId;
        survivor.RegistrationScheme ??= duplicate.RegistrationScheme;
        survivor.Gln ??= duplicate.Gln;
        survivor.ElectronicAddress ??= duplicate.ElectronicAddress;
        survivor.ElectronicAddressScheme ??= duplicate.ElectronicAddressScheme;
        survivor.SupplierAssignedAccountId ??= duplicate.SupplierAssignedAccountId;
        survivor.Street ??= duplicate.Street;
        survivor.AdditionalStreet ??= duplicate.AdditionalStreet;
        survivor.PostalCode ??= duplicate.PostalCode;
        survivor.City ??= duplicate.City;
        survivor.CountryCode ??= duplicate.CountryCode;
        survivor.PaymentDaysNet ??= duplicate.PaymentDaysNet;
        survivor.CashDiscountDays ??= duplicate.CashDiscountDays;
        survivor.CashDiscountPercent ??= duplicate.CashDiscountPercent;
        survivor.Ibans = [.. survivor.Ibans.Union(duplicate.Ibans)];
        survivor.FikCreditorNumbers = [.. survivor.FikCreditorNumbers.Union(duplicate.FikCreditorNumbers)];
        survivor.GiroNumbers = [.. survivor.GiroNumbers.Union(duplicate.GiroNumbers)];
        survivor.UpdatedAt = Timestamps.Now(clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return survivor;
    }
}
