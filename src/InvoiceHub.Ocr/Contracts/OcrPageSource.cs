namespace InvoiceHub.Ocr.Contracts;

/// <summary>Where a page's text came from.</summary>
public enum OcrPageSource
{
    /// <summary>Tesseract on the page image.</summary>
    Ocr,

    /// <summary>The PDF's own text layer (confidence 100).</summary>
    TextLayer,
}
