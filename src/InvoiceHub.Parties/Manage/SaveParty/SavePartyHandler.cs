using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using InvoiceHub.Parties.Sync.UpsertParty;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Manage.SaveParty;

/// <summary>
/// Creates or edits a party by hand (the parties page), with the same checks as the sync API (PartyInputValidator,
/// the tenant's account number range, one account number per party). The external id stays optional: a party created
/// by a person has none until a sync claims it.
/// </summary>
internal sealed class SavePartyHandler(PartiesDbContext db, TimeProvider clock)
{
    /// <param name="id">The party to edit; null creates one.</param>
    public async Task<UpsertPartyResult> HandleAsync(Guid tenantId, Guid? id, PartyInput input, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsForAsync(tenantId, cancellationToken);
        var externalId = string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();
        var errors = PartyInputValidator.Validate(externalId ?? "-", input, settings);
        if (errors.Count > 0)
        {
            return UpsertPartyResult.Refused(errors);
        }

        var party = id is null ? null : await db.Parties.SingleOrDefaultAsync(p => p.TenantId == tenantId && p.Id == id, cancellationToken);
        if (id is not null && party is null)
        {
            return new UpsertPartyResult(UpsertOutcome.NotFound, null, []);
        }

        _ = PartyKinds.TryParse(input.Kind, out var kind);
        if (party is not null && party.Kind != kind)
        {
            return UpsertPartyResult.Refused([new FieldError("kind", "a party's kind cannot change")]);
        }

        var accountNumber = string.IsNullOrWhiteSpace(input.AccountNumber) ? null : input.AccountNumber.Trim();
        var ownId = party?.Id;
        if (accountNumber is not null
            && await db.Parties.Where(p => p.TenantId == tenantId && p.AccountNumber == accountNumber && (ownId == null || p.Id != ownId))
                .Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            return UpsertPartyResult.Refused([new FieldError("accountNumber", $"{accountNumber} is already used by '{holder}'")]);
        }

        if (externalId is not null
            && await db.Parties.AnyAsync(p => p.TenantId == tenantId && p.ExternalId == externalId && (ownId == null || p.Id != ownId), cancellationToken))
        {
            return UpsertPartyResult.Refused([new FieldError("externalId", $"'{externalId}' is already another party's external id")]);
        }

        var now = Timestamps.Now(clock);
        var isNew = party is null;
        party ??= new Party { TenantId = tenantId, Kind = kind, Origin = PartyOrigin.Manual, CreatedAt = now };
        UpsertPartyHandler.Apply(externalId, input, party);
        if (isNew)
        {
            db.Parties.Add(party);
        }

        party.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, PartiesDbContext.AccountNumberIndex))
        {
            return UpsertPartyResult.Refused([new FieldError("accountNumber", $"{accountNumber} was just taken by another party")]);
        }

        return UpsertPartyResult.Stored(isNew ? UpsertOutcome.Created : UpsertOutcome.Updated, party);
    }
}
