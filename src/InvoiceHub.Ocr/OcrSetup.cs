using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Recognition;

namespace InvoiceHub.Ocr;

/// <summary>Creates the process's recognizer; keep one and dispose it at shutdown (it owns the Tesseract engines).</summary>
public static class OcrSetup
{
    public static IDocumentRecognizer CreateRecognizer(OcrOptions options) => new DocumentRecognizer(options);
}
