using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Sync.UpsertParty;

namespace InvoiceHub.Web.Api.Parties;

/// <summary>A party as the API shows it: identifiers in their normalised, stored form.</summary>
internal sealed record PartyResponse(
    Guid Id,
    string? ExternalId,
    string Kind,
    string Name,
    AddressInput? Address,
    string? VatId,
    string? RegistrationId,
    string? RegistrationScheme,
    string? Gln,
    string? ElectronicAddress,
    string? ElectronicAddressScheme,
    IReadOnlyList<string> Ibans,
    IReadOnlyList<string> FikCreditorNumbers,
    IReadOnlyList<string> GiroNumbers,
    string? SupplierAssignedAccountId,
    string? AccountNumber,
    PaymentTermsInput? PaymentTerms,
    string Origin,
    Guid? OriginDocumentId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? RegistrationCourt)
{
    public static PartyResponse From(Party party) => new(
        party.Id,
        party.ExternalId,
        PartyKinds.Name(party.Kind),
        party.Name,
        party is { Street: null, AdditionalStreet: null, PostalCode: null, City: null, CountryCode: null }
            ? null
            : new AddressInput(party.Street, party.AdditionalStreet, party.PostalCode, party.City, party.CountryCode),
        party.VatId,
        party.RegistrationId,
        party.RegistrationScheme,
        party.Gln,
        party.ElectronicAddress,
        party.ElectronicAddressScheme,
        party.Ibans,
        party.FikCreditorNumbers,
        party.GiroNumbers,
        party.SupplierAssignedAccountId,
        party.AccountNumber,
        party is { PaymentDaysNet: null, CashDiscountDays: null, CashDiscountPercent: null }
            ? null
            : new PaymentTermsInput(party.PaymentDaysNet, party.CashDiscountDays, party.CashDiscountPercent),
        party.Origin == PartyOrigin.Api ? "api" : "document",
        party.OriginDocumentId,
        party.CreatedAt,
        party.UpdatedAt,
        party.RegistrationCourt);
}
