using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>Creates or updates parties by the billing software's external id; the single PUT and the batch share this path.</summary>
internal sealed class UpsertPartyHandler(PartiesDbContext db, TimeProvider clock)
{
    public const int MaxBatchSize = 1000;

    /// <param name="externalId">From the URL; a body's own externalId must agree with it.</param>
    public async Task<UpsertPartyResult> HandleAsync(Guid tenantId, string externalId, PartyInput input, CancellationToken cancellationToken)
    {
        if (input.ExternalId is { } bodyId && bodyId != externalId)
        {
            return UpsertPartyResult.Refused([new FieldError("externalId", $"the body says '{bodyId}' but the URL says '{externalId}'")]);
        }

        var settings = await db.SettingsForAsync(tenantId, cancellationToken);
        return await UpsertAsync(tenantId, externalId, input, settings, cancellationToken);
    }

    public async Task<BatchUpsertResult> HandleBatchAsync(Guid tenantId, IReadOnlyList<PartyInput> inputs, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsForAsync(tenantId, cancellationToken);
        var errors = new List<BatchItemError>();
        int created = 0, updated = 0, unchanged = 0;
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            if (input is null)
            {
                errors.Add(new BatchItemError(index, null, [new FieldError("", "must be a party object, not null")]));
                continue;
            }

            // Each record stands alone: one refused record neither blocks nor rolls back the others.
            var result = await UpsertAsync(tenantId, input.ExternalId ?? "", input, settings, cancellationToken);
            db.ChangeTracker.Clear();
            switch (result.Outcome)
            {
                case UpsertOutcome.Created: created++; break;
                case UpsertOutcome.Updated: updated++; break;
                case UpsertOutcome.Unchanged: unchanged++; break;
                default: errors.Add(new BatchItemError(index, input.ExternalId, result.Errors)); break;
            }
        }

        return new BatchUpsertResult(created + updated + unchanged, errors.Count, created, updated, unchanged, errors);
    }

    private async Task<UpsertPartyResult> UpsertAsync(Guid tenantId, string externalId, PartyInput input, PartySettings settings, CancellationToken cancellationToken)
    {
        var errors = PartyInputValidator.Validate(externalId, input, settings);
        if (errors.Count > 0)
        {
            return UpsertPartyResult.Refused(errors);
        }

        try
        {
            return await StoreAsync(tenantId, externalId, input, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, PartiesDbContext.ExternalIdIndex))
        {
            // A concurrent request created the same external id first: ours becomes an update of that row.
            db.ChangeTracker.Clear();
            return await StoreAsync(tenantId, externalId, input, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, PartiesDbContext.AccountNumberIndex))
        {
            db.ChangeTracker.Clear();
            return UpsertPartyResult.Refused([new FieldError("accountNumber", $"{input.AccountNumber?.Trim()} was just taken by another party")]);
        }
    }

    private async Task<UpsertPartyResult> StoreAsync(Guid tenantId, string externalId, PartyInput input, CancellationToken cancellationToken)
    {
        // Validation has already refused an unknown kind.
        _ = PartyKinds.TryParse(input.Kind, out var kind);
        var accountNumber = string.IsNullOrWhiteSpace(input.AccountNumber) ? null : input.AccountNumber.Trim();
        var party = await db.Parties.SingleOrDefaultAsync(p => p.TenantId == tenantId && p.ExternalId == externalId, cancellationToken);
        if (party is null && accountNumber is not null)
        {
            // A party created from a document has no external id yet; the first sync that names its account claims it.
            party = await db.Parties.SingleOrDefaultAsync(
                p => p.TenantId == tenantId && p.AccountNumber == accountNumber && p.ExternalId == null && p.Kind == kind, cancellationToken);
        }

        if (party is not null && party.Kind != kind)
        {
            return UpsertPartyResult.Refused([new FieldError("kind",
                $"'{externalId}' is a {PartyKinds.Name(party.Kind)}; a party's kind cannot change (send the other role under another external id)")]);
        }

        if (accountNumber is not null)
        {
            var ownId = party?.Id;
            var holder = await db.Parties
                .Where(p => p.TenantId == tenantId && p.AccountNumber == accountNumber && (ownId == null || p.Id != ownId))
                .Select(p => new { p.ExternalId, p.Name })
                .FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return UpsertPartyResult.Refused([new FieldError("accountNumber",
                    $"{accountNumber} is already used by {(holder.ExternalId is null ? $"'{holder.Name}' (created from a document)" : $"party '{holder.ExternalId}'")}")]);
            }
        }

        var now = Timestamps.Now(clock);
        var isNew = party is null;
        party ??= new Party { TenantId = tenantId, Kind = kind, Origin = PartyOrigin.Api, CreatedAt = now };
        Apply(externalId, input, party);
        if (isNew)
        {
            db.Parties.Add(party);
        }
        else if (!db.ChangeTracker.HasChanges())
        {
            return UpsertPartyResult.Stored(UpsertOutcome.Unchanged, party);
        }

        party.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return UpsertPartyResult.Stored(isNew ? UpsertOutcome.Created : UpsertOutcome.Updated, party);
    }

    // A PUT replaces the whole record: what the billing software leaves out is cleared, as in its own master data.
    private static void Apply(string externalId, PartyInput input, Party party)
    {
        party.ExternalId = externalId;
        party.Name = input.Name!.Trim();
        party.Street = Text(input.Address?.Street);
        party.AdditionalStreet = Text(input.Address?.AdditionalStreet);
        party.PostalCode = Text(input.Address?.PostalCode);
        party.City = Text(input.Address?.City);
        party.CountryCode = Text(input.Address?.CountryCode)?.ToUpperInvariant();
        party.VatId = PartyIdentifiers.VatId(input.VatId);
        party.RegistrationScheme = Text(input.RegistrationScheme);
        party.RegistrationId = PartyIdentifiers.RegistrationId(input.RegistrationId, input.RegistrationScheme);
        // A German register number is one company only together with its court: given, or named beside the number.
        party.RegistrationCourt = GermanRegister.IsNumber(party.RegistrationId)
            ? GermanRegister.Fold(input.RegistrationCourt) ?? GermanRegister.Court(input.RegistrationId)
            : null;
        party.Gln = PartyIdentifiers.Digits(input.Gln);
        party.ElectronicAddress = PartyIdentifiers.ElectronicAddress(input.ElectronicAddress);
        party.ElectronicAddressScheme = party.ElectronicAddress is null ? null : PartyIdentifiers.Scheme(input.ElectronicAddressScheme);
        SetList(party.Ibans, input.Ibans, PartyIdentifiers.Iban);
        SetList(party.FikCreditorNumbers, input.FikCreditorNumbers, PartyIdentifiers.Digits);
        SetList(party.GiroNumbers, input.GiroNumbers, PartyIdentifiers.Digits);
        party.SupplierAssignedAccountId = Text(input.SupplierAssignedAccountId);
        party.AccountNumber = Text(input.AccountNumber);
        party.PaymentDaysNet = input.PaymentTerms?.DaysNet;
        party.CashDiscountDays = input.PaymentTerms?.CashDiscountDays;
        party.CashDiscountPercent = input.PaymentTerms?.CashDiscountPercent;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Changed in place only when different, so an identical resend leaves the change tracker (and updated_at) alone.
    private static void SetList(List<string> target, IReadOnlyList<string>? source, Func<string?, string?> normalise)
    {
        var values = (source ?? []).Select(normalise).OfType<string>().Distinct().ToList();
        if (!target.SequenceEqual(values))
        {
            target.Clear();
            target.AddRange(values);
        }
    }
}
