namespace InvoiceHub.Invoices.Editing.RejectDocument;

/// <summary>Why a person takes a document out of the queue (<c>POST /api/v1/documents/{id}/reject</c> <c>{"reason"}</c>).</summary>
public sealed class RejectDocumentInput
{
    public string? Reason { get; set; }
}
