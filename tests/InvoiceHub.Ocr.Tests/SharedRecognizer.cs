using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Tests;

/// <summary>One recognizer (one engine per core) for the whole test run: engines take a while to load their languages.</summary>
internal static class SharedRecognizer
{
    private static readonly Lazy<IDocumentRecognizer> _instance = new(() => OcrSetup.CreateRecognizer(new OcrOptions()));

    public static IDocumentRecognizer Instance => _instance.Value;

    public static OcrDocument Recognize(byte[] content) => Instance.RecognizeAsync(content, CancellationToken.None).GetAwaiter().GetResult();
}
