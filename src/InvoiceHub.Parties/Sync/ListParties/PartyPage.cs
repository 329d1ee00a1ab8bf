using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Sync.ListParties;

/// <summary>One page of the change feed; <c>NextCursor</c> is null on the last page.</summary>
internal sealed record PartyPage(IReadOnlyList<Party> Items, string? NextCursor);
