using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Matching;

/// <summary>A candidate's identifiers in the normalised form the stored parties use.</summary>
internal sealed record MatchKeys(
    string? Gln,
    string? ElectronicAddress,
    string? ElectronicAddressScheme,
    string? VatId,
    IReadOnlyList<string> VatIds,
    IReadOnlyList<RegistrationKey> Registrations,
    string? Cvr,
    string? SupplierAssignedAccountId,
    string? PreferredIban,
    string? PreferredFikCreditorNumber)
{
    private const string CvrScheme = "0184";

    public bool HasIdentifier => Gln is not null || ElectronicAddress is not null || VatIds.Count > 0 || Registrations.Count > 0;

    /// <summary>The registration values alone, for the database lookup; schemes and courts are compared afterwards.</summary>
    public IReadOnlyList<string> RegistrationIds => [.. Registrations.Select(r => r.Value).Distinct()];

    public static MatchKeys From(PartyCandidate candidate)
    {
        var electronicScheme = PartyIdentifiers.Scheme(candidate.ElectronicAddressScheme);
        var electronicAddress = PartyIdentifiers.ElectronicAddress(candidate.ElectronicAddress);
        var gln = PartyIdentifiers.Digits(candidate.Gln);
        if (gln is null && PartyIdentifiers.IsGlnScheme(electronicScheme) && PartyIdentifiers.Digits(electronicAddress) is { Length: 13 } fromAddress)
        {
            gln = fromAddress;
        }

        var vatId = PartyIdentifiers.VatId(candidate.VatId);
        var registrationScheme = PartyIdentifiers.CanonicalScheme(candidate.RegistrationScheme);
        var registration = PartyIdentifiers.RegistrationId(candidate.RegistrationId, candidate.RegistrationScheme);
        if (registration is null && PartyIdentifiers.CanonicalScheme(electronicScheme) == CvrScheme)
        {
            registration = PartyIdentifiers.RegistrationId(electronicAddress, electronicScheme);
            registrationScheme = CvrScheme;
        }

        // A Danish VAT id is "DK" + the CVR number, so either one finds a party that was given only the other. Eight
        // digits are a CVR number only under the CVR scheme, or without a scheme in a Danish (or country-less) document:
        // a Dutch KvK number has eight digits too.
        var isCvr = registration is { Length: 8 } r && r.All(char.IsAsciiDigit)
            && (registrationScheme == CvrScheme || (registrationScheme is null && candidate.CountryCode?.Trim().ToUpperInvariant() is null or "DK"));
        var cvr = isCvr ? registration : PartyIdentifiers.CvrFromVatId(vatId);
        string?[] vatIds = [vatId, cvr is null ? null : "DK" + cvr];

        var registrations = new List<RegistrationKey>();
        if (registration is not null)
        {
            var court = GermanRegister.IsNumber(registration) ? GermanRegister.Court(candidate.RegistrationId, candidate.LegalInformation) : null;
            registrations.Add(new RegistrationKey(registration, isCvr ? CvrScheme : registrationScheme, court));
        }

        if (cvr is not null && cvr != registration)
        {
            registrations.Add(new RegistrationKey(cvr, CvrScheme, null));
        }

        return new MatchKeys(
            gln,
            electronicAddress,
            electronicScheme,
            vatId,
            [.. vatIds.OfType<string>().Distinct()],
            registrations,
            cvr,
            string.IsNullOrWhiteSpace(candidate.SupplierAssignedAccountId) ? null : candidate.SupplierAssignedAccountId.Trim(),
            candidate.Ibans?.Select(PartyIdentifiers.Iban).FirstOrDefault(i => i is not null),
            candidate.FikCreditorNumbers?.Select(PartyIdentifiers.Digits).FirstOrDefault(f => f is not null));
    }

    /// <summary>
    /// Why <paramref name="party"/>'s registration id, equal in value, is not the document's: another scheme, or for a
    /// German register number another (or an unknown) court. Null when it is the same registration. A scheme missing on
    /// either side is not a contradiction by itself; the country and name checks decide then.
    /// </summary>
    public string? RegistrationMismatch(Party party)
    {
        string? mismatch = null;
        foreach (var key in Registrations.Where(k => k.Value == party.RegistrationId))
        {
            var partyScheme = PartyIdentifiers.CanonicalScheme(party.RegistrationScheme);
            if (key.Scheme is not null && partyScheme is not null && key.Scheme != partyScheme)
            {
                mismatch = $"registration id {key.Value} is under scheme {partyScheme} there and {key.Scheme} on the document";
            }
            else if (GermanRegister.IsNumber(key.Value) && (key.Court is null || party.RegistrationCourt is null || key.Court != party.RegistrationCourt))
            {
                mismatch = $"{key.Value} is registered at court {party.RegistrationCourt ?? "(unknown)"} there and {key.Court ?? "(unknown)"} on the document";
            }
            else
            {
                return null;
            }
        }

        return mismatch;
    }
}
