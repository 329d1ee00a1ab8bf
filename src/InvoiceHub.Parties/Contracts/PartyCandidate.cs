namespace InvoiceHub.Parties.Contracts;

/// <summary>What an invoice says about its counterparty, as far as matching and auto-creation need it.</summary>
/// <param name="Gln">GLN (scheme 0088 / "GLN") from the party identifiers or the electronic address.</param>
/// <param name="RegistrationId">Legal registration id, e.g. the Danish CVR number (0184 / "DK:CVR").</param>
/// <param name="SupplierAssignedAccountId">The account id the supplier gave the customer.</param>
/// <param name="Ibans">All IBANs of the invoice's payment means; the first is the preferred one.</param>
/// <param name="FikCreditorNumbers">FIK creditor numbers (payment means 93); the first is the preferred one.</param>
/// <param name="DocumentId">The document being matched, kept on a party created from it.</param>
/// <param name="RegistrationScheme">Scheme of <paramref name="RegistrationId"/> as the document writes it (ISO 6523 ICD
/// such as 0184 or 0106, or OIOUBL "DK:CVR"); the same digits under another scheme are another company.</param>
/// <param name="LegalInformation">Seller additional legal information (BT-33), where German invoices name the register court.</param>
/// <param name="FindByIban">Look the party up by its preferred IBAN when no other identifier finds it: for scans, where the
/// bank account is often all there is to go by (an e-invoice names its party by GLN, VAT id or registration id).</param>
public sealed record PartyCandidate(
    string? Name,
    string? Gln = null,
    string? ElectronicAddress = null,
    string? ElectronicAddressScheme = null,
    string? VatId = null,
    string? RegistrationId = null,
    string? SupplierAssignedAccountId = null,
    IReadOnlyList<string>? Ibans = null,
    IReadOnlyList<string>? FikCreditorNumbers = null,
    string? Street = null,
    string? City = null,
    string? PostalCode = null,
    string? CountryCode = null,
    Guid? DocumentId = null,
    string? RegistrationScheme = null,
    string? LegalInformation = null,
    bool FindByIban = false);
