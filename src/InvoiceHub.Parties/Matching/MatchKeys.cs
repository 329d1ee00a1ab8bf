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
    IReadOnlyList<string> RegistrationIds,
    string? Cvr,
    string? SupplierAssignedAccountId,
    string? PreferredIban,
    string? PreferredFikCreditorNumber)
{
    public bool HasIdentifier => Gln is not null || ElectronicAddress is not null || VatIds.Count > 0 || RegistrationIds.Count > 0;

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
        var registration = PartyIdentifiers.RegistrationId(candidate.RegistrationId);
        if (registration is null && electronicScheme is "0184" or "DK:CVR")
        {
            registration = PartyIdentifiers.RegistrationId(electronicAddress, electronicScheme);
        }

        // A Danish VAT id is "DK" + the CVR number, so either one finds a party that was given only the other.
        var cvr = registration is { Length: 8 } r && r.All(char.IsAsciiDigit) && candidate.CountryCode is null or "DK" or "dk"
            ? registration
            : PartyIdentifiers.CvrFromVatId(vatId);
        string?[] vatIds = [vatId, cvr is null ? null : "DK" + cvr];
        string?[] registrationIds = [registration, cvr];

        return new MatchKeys(
            gln,
            electronicAddress,
            electronicScheme,
            vatId,
            [.. vatIds.OfType<string>().Distinct()],
            [.. registrationIds.OfType<string>().Distinct()],
            cvr,
            string.IsNullOrWhiteSpace(candidate.SupplierAssignedAccountId) ? null : candidate.SupplierAssignedAccountId.Trim(),
            candidate.Ibans?.Select(PartyIdentifiers.Iban).FirstOrDefault(i => i is not null),
            candidate.FikCreditorNumbers?.Select(PartyIdentifiers.Digits).FirstOrDefault(f => f is not null));
    }
}
