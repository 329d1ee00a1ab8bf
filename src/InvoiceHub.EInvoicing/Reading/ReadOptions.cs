namespace InvoiceHub.EInvoicing.Reading;

/// <summary>Limits that protect the reader against oversized or hostile input.</summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>Largest XML document read, in bytes; reading stops as soon as more arrive.</summary>
    public long MaxXmlBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest PDF read, in bytes (the PDF is kept whole as the visual, so it is buffered).</summary>
    public long MaxPdfBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted (real invoices stay below 15).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most elements accepted in one document.</summary>
    public int MaxElements { get; init; } = 1_000_000;

    /// <summary>
    /// Hand back the document's tree (<see cref="ReadResult.SourceTree"/>), which the validation rules read after the
    /// reader. Only validation asks for it; a plain read lets it go with the read.
    /// </summary>
    internal bool KeepSourceTree { get; init; }
}
