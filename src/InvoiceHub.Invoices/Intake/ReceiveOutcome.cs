using InvoiceHub.EInvoicing.Model;
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
    string? Profile = null,
    string? RefusalKind = null,
    string? InvoiceNumber = null,
    string? PartyName = null)
{
    public static ReceiveOutcome Stored(Document document) => new(ReceiveOutcomeKind.Created, document);

    public static ReceiveOutcome Existing(Document document) => new(ReceiveOutcomeKind.AlreadyReceived, document);

    public static ReceiveOutcome Refused(string kind, string title, string detail, Invoice invoice) =>
        new(ReceiveOutcomeKind.Refused, Title: title, Detail: detail, RefusalKind: kind, InvoiceNumber: invoice.Number,
            PartyName: invoice.Seller.Name ?? invoice.Seller.TradingName);

    /// <summary>True for the outcomes that refuse the file (and are recorded in the intake log).</summary>
    public bool IsRefusal => Kind is ReceiveOutcomeKind.Unreadable or ReceiveOutcomeKind.Invalid or ReceiveOutcomeKind.Refused or ReceiveOutcomeKind.Duplicate;
}
