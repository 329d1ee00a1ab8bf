using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Reading;

/// <summary>The outcome of reading one document: an invoice (possibly incomplete) or an error, never an exception.</summary>
public sealed record ReadResult
{
    /// <summary>The invoice, when the document was readable.</summary>
    public Invoice? Invoice { get; init; }

    /// <summary>Detected format; also set for some failures (e.g. a PDF without XML).</summary>
    public DocumentFormat? Format { get; init; }

    /// <summary>Why the document is unreadable; null on success.</summary>
    public ReadError? Error { get; init; }

    /// <summary>Values that were skipped while reading.</summary>
    public ValueList<ReadWarning> Warnings { get; init; } = ValueList<ReadWarning>.Empty;

    /// <summary>For a PDF: the PDF itself, kept as the visual representation.</summary>
    public ReadOnlyMemory<byte>? Visual { get; init; }

    /// <summary>
    /// The XML bytes the invoice was read from (the document itself, or the XML embedded in a PDF), so that later
    /// steps such as validation need not extract it again. Null when the XML came from a stream that was not buffered.
    /// </summary>
    public ReadOnlyMemory<byte>? SourceXml { get; init; }

    /// <summary>The root of the document's tree (the one the reader read), when <see cref="ReadOptions.KeepSourceTree"/> asked for it.</summary>
    internal XElement? SourceTree { get; init; }

    public bool IsSuccess => Invoice is not null;

    public static ReadResult Failure(ReadErrorKind kind, string message, string? element = null, int? line = null) =>
        new() { Error = new ReadError(kind, message, element, line) };
}
