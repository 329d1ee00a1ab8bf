namespace InvoiceHub.Parties.Contracts;

/// <summary>Finds (or creates) the supplier or customer of an invoice in a tenant's master data.</summary>
public interface IPartyMatcher
{
    /// <param name="createWhenUnknown">The tenant allows creating unknown parties from documents.</param>
    Task<PartyMatch> MatchAsync(Guid tenantId, PartyKind kind, PartyCandidate candidate, bool createWhenUnknown, CancellationToken cancellationToken);
}
