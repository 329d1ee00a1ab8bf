namespace InvoiceHub.Parties.Contracts;

/// <summary>The result of matching an invoice's counterparty, with every step explained for the document's record.</summary>
/// <param name="MatchedBy">The identifier that decided: gln, electronic-address, vat-id, registration-id,
/// supplier-assigned-account-id, iban, fik-creditor-number, or created.</param>
/// <param name="Steps">Human-readable trace, e.g. "GLN 5790000000000: no party", "CVR 12345678: 2 suppliers".</param>
/// <param name="BankDetailsChanged">The invoice's preferred IBAN differs from every IBAN known for the matched party.</param>
/// <param name="UnknownIban">The invoice's preferred IBAN when the matched party does not have it: changed bank details,
/// or a first IBAN for a party without any (what happens then is the tenant's bank-details policy).</param>
public sealed record PartyMatch(
    PartyMatchOutcome Outcome,
    Guid? PartyId,
    string? AccountNumber,
    string? Name,
    string? MatchedBy,
    IReadOnlyList<string> Steps,
    bool BankDetailsChanged = false,
    string? UnknownIban = null);
