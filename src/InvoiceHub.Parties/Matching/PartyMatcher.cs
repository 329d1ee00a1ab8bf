using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Matching;

/// <summary>
/// Finds an invoice's counterparty in the order of product notes section 4: GLN / electronic address, then VAT id /
/// CVR, then (when several share those) supplier-assigned account id and the preferred payment means; creates it when
/// none matches and the tenant allows it. Every step is written down for the document's record.
/// </summary>
internal sealed class PartyMatcher(PartiesDbContext db, TimeProvider clock) : IPartyMatcher
{
    // More hits than this on one identifier is a data problem, not a tie to break.
    private const int MaxHits = 50;

    // The lookups run for every pushed invoice: compiled once, as translating the LINQ on each call cost more than
    // the query itself. Oldest first, so that which parties a capped search returns, and in which order, never varies.
    private static readonly Func<PartiesDbContext, Guid, PartyKind, string, IAsyncEnumerable<Party>> _byGln =
        EF.CompileAsyncQuery((PartiesDbContext db, Guid tenantId, PartyKind kind, string gln) => db.Parties.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.Kind == kind)
            // Some billing tools keep the GLN only as the party's electronic address (scheme 0088).
            .Where(p => p.Gln == gln || (p.ElectronicAddress == gln && (p.ElectronicAddressScheme == "0088" || p.ElectronicAddressScheme == "GLN")))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(MaxHits));

    private static readonly Func<PartiesDbContext, Guid, PartyKind, string, string?, IAsyncEnumerable<Party>> _byAddress =
        EF.CompileAsyncQuery((PartiesDbContext db, Guid tenantId, PartyKind kind, string address, string? scheme) => db.Parties.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.Kind == kind && p.ElectronicAddress == address && (scheme == null || p.ElectronicAddressScheme == scheme))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(MaxHits));

    private static readonly Func<PartiesDbContext, Guid, PartyKind, string[], string[], IAsyncEnumerable<Party>> _byTaxIds =
        EF.CompileAsyncQuery((PartiesDbContext db, Guid tenantId, PartyKind kind, string[] vatIds, string[] registrationIds) => db.Parties.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.Kind == kind && (vatIds.Contains(p.VatId!) || registrationIds.Contains(p.RegistrationId!)))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(MaxHits));

    private static readonly Func<PartiesDbContext, Guid, PartyKind, string, IAsyncEnumerable<Party>> _byIban =
        EF.CompileAsyncQuery((PartiesDbContext db, Guid tenantId, PartyKind kind, string iban) => db.Parties.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.Kind == kind && p.Ibans.Contains(iban))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(MaxHits));

    public async Task<PartyMatch> MatchAsync(
        Guid tenantId, PartyKind kind, PartyCandidate candidate, bool createWhenUnknown, CancellationToken cancellationToken)
    {
        var keys = MatchKeys.From(candidate);
        var steps = new List<string>();
        var search = await FindAsync(tenantId, kind, keys, candidate.FindByIban, steps, cancellationToken);
        if (search.Party is { } party)
        {
            return Decide(party, search.By!, candidate, keys, steps);
        }

        var kindName = PartyKinds.Name(kind);
        if (search.Ambiguous)
        {
            return Unknown(steps);
        }

        if (!createWhenUnknown)
        {
            steps.Add($"no {kindName} found; creating parties from documents is off for this tenant");
            return Unknown(steps);
        }

        if (string.IsNullOrWhiteSpace(candidate.Name) || !keys.HasIdentifier)
        {
            steps.Add($"no {kindName} found; not created because the document gives no name or no GLN, electronic address, VAT id or registration id to find it again by");
            return Unknown(steps);
        }

        return await CreateAsync(tenantId, kind, candidate, keys, steps, cancellationToken);
    }

    private async Task<PartyMatch> CreateAsync(
        Guid tenantId, PartyKind kind, PartyCandidate candidate, MatchKeys keys, List<string> steps, CancellationToken cancellationToken)
    {
        var kindName = PartyKinds.Name(kind);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One creator per tenant and kind at a time; the loser of a race then finds the winner's party below.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(tenantId, kind)})", cancellationToken);

            var again = await FindAsync(tenantId, kind, keys, candidate.FindByIban, [], cancellationToken);
            if (again.Party is { } concurrent)
            {
                await transaction.CommitAsync(cancellationToken);
                steps.Add($"{kindName} '{concurrent.Name}' was created by a concurrent document meanwhile");
                return Decide(concurrent, again.By!, candidate, keys, steps);
            }

            var settings = await db.SettingsForAsync(tenantId, cancellationToken);
            var accountNumber = await ChooseAccountNumberAsync(tenantId, kind, keys.Cvr, settings, steps, cancellationToken);
            if (accountNumber is null)
            {
                return Unknown(steps);
            }

            var now = Timestamps.Now(clock);
            var registration = keys.Registrations.Count > 0 ? keys.Registrations[0] : null;
            var registrationId = registration?.Value is { Length: <= 50 } value ? value : null;
            var party = new Party
            {
                TenantId = tenantId,
                Kind = kind,
                // Documents are untrusted: text is cut to the column, an identifier that cannot be right is left out.
                Name = Cut(candidate.Name!.Trim(), 200)!,
                Street = Cut(candidate.Street, 200),
                PostalCode = Cut(candidate.PostalCode, 20),
                City = Cut(candidate.City, 100),
                CountryCode = candidate.CountryCode?.Trim() is { Length: 2 } country ? country.ToUpperInvariant() : null,
                VatId = keys.VatId is { Length: <= 30 } ? keys.VatId : null,
                // Every identifier keeps its scheme (and a German register number its court): the same digits under
                // another scheme must never find this party again.
                RegistrationId = registrationId,
                RegistrationScheme = registrationId is null ? null : Cut(registration!.Scheme, 20),
                RegistrationCourt = registrationId is null ? null : Cut(registration!.Court, 100),
                Gln = keys.Gln is { } gln && PartyIdentifiers.IsValidGln(gln) ? gln : null,
                ElectronicAddress = keys.ElectronicAddress is { Length: <= 200 } && keys.ElectronicAddressScheme is { Length: <= 20 } ? keys.ElectronicAddress : null,
                ElectronicAddressScheme = keys.ElectronicAddress is { Length: <= 200 } && keys.ElectronicAddressScheme is { Length: <= 20 } ? keys.ElectronicAddressScheme : null,
                Ibans = [.. (candidate.Ibans ?? []).Select(PartyIdentifiers.Iban).OfType<string>().Where(PartyIdentifiers.IsValidIban).Distinct()],
                FikCreditorNumbers = [.. (candidate.FikCreditorNumbers ?? []).Select(PartyIdentifiers.Digits).OfType<string>()
                    .Where(f => f.Length <= 20 && f.All(char.IsAsciiDigit)).Distinct()],
                SupplierAssignedAccountId = Cut(keys.SupplierAssignedAccountId, 50),
                AccountNumber = accountNumber,
                Origin = PartyOrigin.Document,
                OriginDocumentId = candidate.DocumentId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Parties.Add(party);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt == 1 && UniqueViolation.On(exception, PartiesDbContext.AccountNumberIndex))
            {
                // The sync API took that number in between (it does not take our lock): pick again.
                db.ChangeTracker.Clear();
                steps.Add($"account number {accountNumber} was taken meanwhile; choosing again");
                continue;
            }

            steps.Add($"created {kindName} '{party.Name}' with account number {accountNumber}");
            return new PartyMatch(PartyMatchOutcome.Created, party.Id, party.AccountNumber, party.Name, "created", steps);
        }
    }

    private async Task<string?> ChooseAccountNumberAsync(
        Guid tenantId, PartyKind kind, string? cvr, PartySettings settings, List<string> steps, CancellationToken cancellationToken)
    {
        var kindName = PartyKinds.Name(kind);
        if (cvr is not null)
        {
            if (settings.CheckAccountNumber(cvr, kind) is { } misfit)
            {
                steps.Add($"CVR {cvr} cannot be the account number: {misfit}");
            }
            else if (await db.Parties.AnyAsync(p => p.TenantId == tenantId && p.AccountNumber == cvr, cancellationToken))
            {
                steps.Add($"CVR {cvr} cannot be the account number: already used by another party");
            }
            else
            {
                steps.Add($"account number = CVR {cvr}");
                return cvr;
            }
        }

        var (from, to) = settings.RangeOf(kind);
        string first = settings.Format(from), last = settings.Format(to);
        var length = settings.AccountNumberLength;
        var highest = await db.Parties
            .Where(p => p.TenantId == tenantId && p.AccountNumber != null && p.AccountNumber.Length == length
                && string.Compare(p.AccountNumber, first) >= 0 && string.Compare(p.AccountNumber, last) <= 0)
            .MaxAsync(p => p.AccountNumber, cancellationToken);
        long? next = highest is null ? from : long.Parse(highest, System.Globalization.CultureInfo.InvariantCulture) + 1;
        if (next > to)
        {
            // The top of the range is used; numbers freed by deletions or skipped by hand below it are still good.
            next = await db.Database.SqlQuery<long>($"""
                SELECT n AS "Value" FROM generate_series({from}::bigint, {to}::bigint) AS n
                WHERE NOT EXISTS (SELECT 1 FROM parties.parties p WHERE p.tenant_id = {tenantId} AND p.account_number = lpad(n::text, {length}, '0'))
                ORDER BY n LIMIT 1
                """).Cast<long?>().FirstOrDefaultAsync(cancellationToken);
        }

        if (next is not { } number)
        {
            steps.Add($"not created: every {kindName} account number from {first} to {last} is in use");
            return null;
        }

        var chosen = settings.Format(number);
        steps.Add($"account number {chosen}: next free in the {kindName} range {first}-{last}");
        return chosen;
    }

    private async Task<Search> FindAsync(Guid tenantId, PartyKind kind, MatchKeys keys, bool byIban, List<string> steps, CancellationToken cancellationToken)
    {
        var kindName = PartyKinds.Name(kind);
        List<Party> hits = [];
        string? by = null;

        if (keys.Gln is { } gln)
        {
            hits = await ListAsync(_byGln(db, tenantId, kind, gln), cancellationToken);
            steps.Add($"GLN {gln}: {Count(hits.Count, kindName)}");
            by = "gln";
        }

        if (hits.Count == 0 && keys.ElectronicAddress is { } address && !(PartyIdentifiers.IsGlnScheme(keys.ElectronicAddressScheme) && keys.Gln is not null))
        {
            var scheme = keys.ElectronicAddressScheme;
            hits = await ListAsync(_byAddress(db, tenantId, kind, address, scheme), cancellationToken);
            steps.Add($"electronic address {scheme}:{address}: {Count(hits.Count, kindName)}");
            by = "electronic-address";
        }

        if (hits.Count == 0 && (keys.VatIds.Count > 0 || keys.Registrations.Count > 0))
        {
            var vatIds = keys.VatIds;
            hits = await ListAsync(_byTaxIds(db, tenantId, kind, [.. vatIds], [.. keys.RegistrationIds]), cancellationToken);
            steps.Add($"{DescribeTaxIds(keys)}: {Count(hits.Count, kindName)}");
            hits = SameRegistrationOnly(hits, keys, steps);
            by = hits.Count > 0 && hits.All(p => p.VatId is not null && vatIds.Contains(p.VatId)) ? "vat-id" : "registration-id";
        }

        // Last, for scans only: the bank account. A scan often shows no more than the IBAN to recognise the supplier by
        // (product notes section 5); a party found by it alone is still checked for contradictions.
        if (hits.Count == 0 && byIban && keys.PreferredIban is { } account && PartyIdentifiers.IsValidIban(account))
        {
            hits = await ListAsync(_byIban(db, tenantId, kind, account), cancellationToken);
            steps.Add($"IBAN {account}: {Count(hits.Count, kindName)}");
            by = "iban";
        }

        if (hits.Count == 0)
        {
            return new Search(null, null, false);
        }

        if (hits.Count == 1)
        {
            return new Search(hits[0], by, false);
        }

        // Several departments can share one GLN or CVR: narrow down with what else the document tells.
        (string By, string Label, Func<Party, bool> Fits)?[] tieBreakers =
        [
            by is "gln" or "electronic-address" && (keys.VatIds.Count > 0 || keys.RegistrationIds.Count > 0)
                ? ("registration-id", DescribeTaxIds(keys), p => (p.VatId is not null && keys.VatIds.Contains(p.VatId))
                    || (p.RegistrationId is not null && keys.RegistrationIds.Contains(p.RegistrationId) && keys.RegistrationMismatch(p) is null))
                : null,
            keys.SupplierAssignedAccountId is { } assigned
                ? ("supplier-assigned-account-id", $"supplier-assigned account id {assigned}", p => p.SupplierAssignedAccountId == assigned)
                : null,
            keys.PreferredIban is { } iban ? ("iban", $"preferred IBAN {iban}", p => p.Ibans.Contains(iban)) : null,
            keys.PreferredFikCreditorNumber is { } fik
                ? ("fik-creditor-number", $"preferred FIK creditor number {fik}", p => p.FikCreditorNumbers.Contains(fik))
                : null,
        ];
        foreach (var tieBreaker in tieBreakers)
        {
            if (tieBreaker is not { } t)
            {
                continue;
            }

            var narrowed = hits.Where(t.Fits).ToList();
            steps.Add($"{t.Label}: {narrowed.Count} of {hits.Count} {kindName}s");
            if (narrowed.Count == 1)
            {
                return new Search(narrowed[0], t.By, false);
            }

            if (narrowed.Count > 1)
            {
                hits = narrowed;
            }
        }

        steps.Add($"{hits.Count} {kindName}s fit equally ({string.Join(", ", hits.Select(p => p.AccountNumber ?? p.ExternalId ?? p.Name))}): cannot decide, not creating another");
        return new Search(null, null, true);
    }

    private static async Task<List<Party>> ListAsync(IAsyncEnumerable<Party> parties, CancellationToken cancellationToken)
    {
        var list = new List<Party>();
        await foreach (var party in parties.WithCancellation(cancellationToken))
        {
            list.Add(party);
        }

        return list;
    }

    // Equal digits are not enough: a registration id under another scheme (a Danish CVR and a Dutch KvK number) or a
    // German register number of another court is another company. A party found by its VAT id stays.
    private static List<Party> SameRegistrationOnly(List<Party> hits, MatchKeys keys, List<string> steps)
    {
        var kept = new List<Party>(hits.Count);
        foreach (var party in hits)
        {
            var mismatch = party.VatId is not null && keys.VatIds.Contains(party.VatId) ? null : keys.RegistrationMismatch(party);
            if (mismatch is null)
            {
                kept.Add(party);
            }
            else
            {
                steps.Add($"{Describe(party)} is not the document's party: {mismatch}");
            }
        }

        return kept;
    }

    // A party found by one identifier whose other facts contradict the document is more likely another company that
    // shares a number with it than the right one: it is named in the steps, not linked.
    private static PartyMatch Decide(Party party, string by, PartyCandidate candidate, MatchKeys keys, List<string> steps)
    {
        if (PartyContradiction.Find(party, candidate, keys) is not { } contradiction)
        {
            return Matched(party, by, keys, steps);
        }

        steps.Add($"{Describe(party)} found by {by}, but {contradiction}: not linked; check which {PartyKinds.Name(party.Kind)} this is");
        return new PartyMatch(PartyMatchOutcome.Conflicting, null, null, null, null, steps);
    }

    private static string Describe(Party party) =>
        $"{PartyKinds.Name(party.Kind)} '{party.Name}' ({party.AccountNumber ?? party.ExternalId ?? "no account number"})";

    private static PartyMatch Matched(Party party, string by, MatchKeys keys, List<string> steps)
    {
        steps.Add($"matched {PartyKinds.Name(party.Kind)} '{party.Name}' ({party.AccountNumber ?? "no account number"}) by {by}");
        var bankDetailsChanged = keys.PreferredIban is { } iban && party.Ibans.Count > 0 && !party.Ibans.Contains(iban);
        if (bankDetailsChanged)
        {
            steps.Add($"preferred IBAN {keys.PreferredIban} is not among the {party.Ibans.Count} known for this {PartyKinds.Name(party.Kind)}: bank details changed");
        }

        var unknownIban = keys.PreferredIban is { } preferred && PartyIdentifiers.IsValidIban(preferred) && !party.Ibans.Contains(preferred) ? preferred : null;
        if (unknownIban is not null && party.Ibans.Count == 0)
        {
            steps.Add($"preferred IBAN {unknownIban} is new: no IBAN is known for this {PartyKinds.Name(party.Kind)} yet");
        }

        return new PartyMatch(PartyMatchOutcome.Matched, party.Id, party.AccountNumber, party.Name, by, steps, bankDetailsChanged, unknownIban);
    }

    private static string? Cut(string? value, int max)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > max ? text[..max] : text;
    }

    private static PartyMatch Unknown(List<string> steps) => new(PartyMatchOutcome.Unknown, null, null, null, null, steps);

    private static string Count(int count, string kindName) => count switch
    {
        0 => $"no {kindName}",
        1 => $"1 {kindName}",
        _ => $"{count} {kindName}s",
    };

    private static string DescribeTaxIds(MatchKeys keys)
    {
        var parts = new List<string>();
        if (keys.VatId is not null)
        {
            parts.Add($"VAT id {keys.VatId}");
        }

        if (keys.Cvr is not null)
        {
            parts.Add($"CVR {keys.Cvr}");
        }

        parts.AddRange(keys.Registrations.Where(r => r.Value != keys.Cvr).Select(r => $"registration id {r}"));
        return string.Join(" / ", parts);
    }

    // Folded from tenant and kind; a collision with another tenant only serialises the two tenants' creations.
    private static long LockKey(Guid tenantId, PartyKind kind)
    {
        Span<byte> bytes = stackalloc byte[16];
        tenantId.TryWriteBytes(bytes);
        var folded = BitConverter.ToInt64(bytes) ^ BitConverter.ToInt64(bytes[8..]);
        return (folded & ~1L) | (long)kind;
    }

    private sealed record Search(Party? Party, string? By, bool Ambiguous);
}
