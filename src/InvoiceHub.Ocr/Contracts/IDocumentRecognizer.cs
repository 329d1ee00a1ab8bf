namespace InvoiceHub.Ocr.Contracts;

/// <summary>Recognises a PDF (text layer or rasterised pages) or a PNG / JPEG / TIFF image; thread-safe, one per process.</summary>
public interface IDocumentRecognizer : IDisposable
{
    /// <summary>Reads the file's pages and extracts the invoice fields; never throws for bad input (see <see cref="OcrDocument.Error"/>).</summary>
    Task<OcrDocument> RecognizeAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
