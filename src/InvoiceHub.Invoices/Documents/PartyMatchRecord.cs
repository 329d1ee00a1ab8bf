namespace InvoiceHub.Invoices.Documents;

/// <summary>How the counterparty was found, kept on the document so every decision stays explained.</summary>
public sealed class PartyMatchRecord
{
    public required string Outcome { get; init; }

    public string? MatchedBy { get; init; }

    public List<string> Steps { get; init; } = [];
}
