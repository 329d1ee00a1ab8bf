using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Intake;

/// <summary>The result of receiving a document: expected outcomes, including refusals, are data.</summary>
public sealed record ReceiveOutcome(
    ReceiveOutcomeKind Kind,
    Document? Document = null,
    string? Title = null,
    string? Detail = null,
    IReadOnlyList<Finding>? Findings = null,
    Guid? ExistingDocumentId = null,
    string? Syntax = null,
    string? Profile = null)
{
    public static ReceiveOutcome Stored(Document document) => new(ReceiveOutcomeKind.Created, document);

    public static ReceiveOutcome Existing(Document document) => new(ReceiveOutcomeKind.AlreadyReceived, document);

    public static ReceiveOutcome Refused(string title, string detail) => new(ReceiveOutcomeKind.Refused, Title: title, Detail: detail);
}
