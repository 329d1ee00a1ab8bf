namespace InvoiceHub.Invoices.Documents;

/// <summary>Why a document is not archived (or a warning about it): a stable code and a sentence for people.</summary>
public sealed class DocumentReason
{
    public required string Code { get; init; }

    public required string Message { get; init; }
}
