using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Editing;

/// <summary>The result of a change to a document: expected refusals are data, not exceptions.</summary>
public sealed record EditOutcome(EditOutcomeKind Kind, Document? Document = null, string? Message = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static EditOutcome NotFound { get; } = new(EditOutcomeKind.NotFound, Message: "There is no such document.");

    public static EditOutcome Forbidden(string message) => new(EditOutcomeKind.Forbidden, Message: message);

    public static EditOutcome Conflict(string message) => new(EditOutcomeKind.Conflict, Message: message);

    public static EditOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(EditOutcomeKind.Invalid, Message: "The invoice cannot be saved or archived as it is.", Errors: errors);

    public static EditOutcome Done(Document document) => new(EditOutcomeKind.Done, document);
}
