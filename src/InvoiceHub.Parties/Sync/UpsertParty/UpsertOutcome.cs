namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>What an upsert did.</summary>
internal enum UpsertOutcome
{
    Created,
    Updated,

    /// <summary>The stored party already said exactly this; its timestamp (and the change feed) stay untouched.</summary>
    Unchanged,
    Invalid,

    /// <summary>The party to edit does not exist (or is another tenant's).</summary>
    NotFound,
}
