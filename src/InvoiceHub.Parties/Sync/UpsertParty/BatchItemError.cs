namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>A refused record of a batch: its position, its external id and what to fix.</summary>
internal sealed record BatchItemError(int Index, string? ExternalId, IReadOnlyList<FieldError> Errors);
