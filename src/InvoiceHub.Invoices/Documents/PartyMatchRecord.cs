namespace InvoiceHub.Invoices.Documents;

/// <summary>How the counterparty was found, kept on the document so every decision stays explained.</summary>
public sealed class PartyMatchRecord
{
    public required string Outcome { get; init; }

    public string? MatchedBy { get; init; }

    public List<string> Steps { get; init; } = [];

    /// <summary>The invoice's IBAN that the party does not have: what a person's confirmation of the bank details may add to it.</summary>
    public string? UnknownIban { get; init; }
}
