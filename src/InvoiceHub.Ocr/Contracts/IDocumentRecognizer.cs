namespace InvoiceHub.Ocr.Contracts;

/// <summary>Recognises a PDF (text layer or rasterised pages) or a PNG / JPEG / TIFF image; thread-safe, one per process.</summary>
public interface IDocumentRecognizer : IDisposable
{
    /// <summary>Reads the file's pages and extracts the invoice fields; never throws for bad input (see <see cref="OcrDocument.Error"/>).</summary>
    Task<OcrDocument> RecognizeAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>
    /// The checks that need no decoding (type, size, pixels from the image headers, TIFF and PDF page counts, PDF
    /// encryption): null when the file may be recognised, else why not. Cheap enough to answer a request with.
    /// </summary>
    Task<string?> CheckAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
