namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>
/// A customer or supplier as billing software sends it (body of the PUT, item of the batch). Everything is a
/// nullable string so that a wrong value gets a precise message instead of a deserialisation failure.
/// </summary>
internal sealed record PartyInput(
    string? Kind,
    string? Name,
    string? ExternalId = null,
    AddressInput? Address = null,
    string? VatId = null,
    string? RegistrationId = null,
    string? RegistrationScheme = null,
    string? Gln = null,
    string? ElectronicAddress = null,
    string? ElectronicAddressScheme = null,
    IReadOnlyList<string>? Ibans = null,
    IReadOnlyList<string>? FikCreditorNumbers = null,
    IReadOnlyList<string>? GiroNumbers = null,
    string? SupplierAssignedAccountId = null,
    string? AccountNumber = null,
    PaymentTermsInput? PaymentTerms = null,
    string? RegistrationCourt = null);
