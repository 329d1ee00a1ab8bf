namespace InvoiceHub.Parties.Domain;

/// <summary>Where a party came from.</summary>
internal enum PartyOrigin
{
    /// <summary>Synchronised through the parties API.</summary>
    Api,

    /// <summary>Created by matching when a document's counterparty was unknown.</summary>
    Document,

    /// <summary>Created by a person on the parties page.</summary>
    Manual,
}
