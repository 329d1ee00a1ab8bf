using InvoiceHub.Invoices.Documents;
using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Invoices.Editing;

/// <summary>A person links a document to a party of the master data: the record, the matching explanation and the reasons follow.</summary>
internal static class PartyLink
{
    private static readonly string[] _settledReasons = ["unknown-supplier", "unknown-customer", "conflicting-party"];

    /// <param name="how">The step for the matching explanation, e.g. "linked by hand".</param>
    public static void Apply(Document document, Guid partyId, string? accountNumber, string matchedBy, string how)
    {
        document.PartyId = partyId;
        document.PartyAccountNumber = accountNumber;
        document.PartyMatch = new PartyMatchRecord
        {
            Outcome = nameof(PartyMatchOutcome.Matched),
            MatchedBy = matchedBy,
            Steps = [.. document.PartyMatch?.Steps ?? [], how],
        };
        document.Reasons = [.. document.Reasons.Where(r => !_settledReasons.Contains(r.Code))];
    }
}
