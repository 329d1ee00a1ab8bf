namespace InvoiceHub.Parties.Contracts;

/// <summary>Adds bank details that an invoice brought to its party, as the tenant's bank-details policy decides.</summary>
public interface IPartyBankDetails
{
    /// <summary>Adds the IBAN to the party's known ones; false when the party is not the tenant's, the IBAN not valid, or it is known already.</summary>
    Task<bool> AddIbanAsync(Guid tenantId, Guid partyId, string iban, CancellationToken cancellationToken);
}
