namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>Postal address of a party.</summary>
internal sealed record AddressInput(string? Street, string? AdditionalStreet, string? PostalCode, string? City, string? CountryCode);
