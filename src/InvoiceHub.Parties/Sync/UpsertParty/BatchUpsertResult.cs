namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>The answer to a batch: each record was stored or refused on its own.</summary>
internal sealed record BatchUpsertResult(int Stored, int Refused, int Created, int Updated, int Unchanged, IReadOnlyList<BatchItemError> Errors);
