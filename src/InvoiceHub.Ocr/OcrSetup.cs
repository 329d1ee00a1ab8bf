using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Recognition;
using InvoiceHub.Ocr.Viewing;

namespace InvoiceHub.Ocr;

/// <summary>Creates the process's recognizer; keep one and dispose it at shutdown (it owns the Tesseract engines).</summary>
public static class OcrSetup
{
    public static IDocumentRecognizer CreateRecognizer(OcrOptions options) => new DocumentRecognizer(options);

    /// <summary>The page images people look at (the invoice form, <c>GET /api/v1/documents/{id}/pages/{n}</c>); one per process.</summary>
    public static IPageImages CreatePageImages(OcrOptions options) => new PageImageRenderer(options);
}
