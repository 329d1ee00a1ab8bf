using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Intake;

namespace InvoiceHub.Web.Pages.Upload;

/// <summary>What became of one uploaded file: the document it is now (or was before), or the problem in words.</summary>
internal sealed record UploadResult(
    string FileName,
    ReceiveOutcomeKind? Kind,
    Guid? DocumentId,
    string? InternalNumber,
    DocumentStatus? Status,
    IReadOnlyList<string> Reasons,
    string? Problem,
    string? Detail,
    IReadOnlyList<string> Findings)
{
    public bool Stored => Kind is ReceiveOutcomeKind.Created or ReceiveOutcomeKind.Accepted or ReceiveOutcomeKind.AlreadyReceived;

    public static UploadResult Refused(string fileName, string problem, string detail) =>
        new(fileName, null, null, null, null, [], problem, detail, []);

    public static UploadResult From(string fileName, ReceiveOutcome outcome) => outcome.Document is { } document
        ? new(fileName, outcome.Kind, document.Id, document.InternalNumber, document.Status, [.. document.Reasons.Select(r => r.Message)], null, null, [])
        : new(fileName, outcome.Kind, outcome.ExistingDocumentId, null, null, [], outcome.Title, outcome.Detail,
            [.. (outcome.Findings ?? []).Where(f => f.Severity == EInvoicing.Validation.Severity.Fatal).Take(10).Select(f => $"{f.Rule}: {f.Message}")]);
}
