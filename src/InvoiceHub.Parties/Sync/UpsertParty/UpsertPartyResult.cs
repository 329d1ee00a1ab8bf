using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>The stored party, or the reasons it was refused.</summary>
internal sealed record UpsertPartyResult(UpsertOutcome Outcome, Party? Party, IReadOnlyList<FieldError> Errors)
{
    public static UpsertPartyResult Stored(UpsertOutcome outcome, Party party) => new(outcome, party, []);

    public static UpsertPartyResult Refused(IReadOnlyList<FieldError> errors) => new(UpsertOutcome.Invalid, null, errors);
}
