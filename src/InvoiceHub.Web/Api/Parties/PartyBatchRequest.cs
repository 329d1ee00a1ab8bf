using InvoiceHub.Parties.Sync.UpsertParty;

namespace InvoiceHub.Web.Api.Parties;

/// <summary>Body of <c>POST /api/v1/parties/batch</c>: parties, each with its own <c>externalId</c>.</summary>
internal sealed record PartyBatchRequest(IReadOnlyList<PartyInput>? Parties);
