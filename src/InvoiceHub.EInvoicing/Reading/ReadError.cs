namespace InvoiceHub.EInvoicing.Reading;

/// <summary>Why a document is unreadable, naming the element and line where that is known.</summary>
public sealed record ReadError(ReadErrorKind Kind, string Message, string? Element = null, int? Line = null)
{
    public override string ToString() => Message;
}
