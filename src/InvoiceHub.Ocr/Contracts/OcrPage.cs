namespace InvoiceHub.Ocr.Contracts;

/// <summary>
/// One page: its rows of words, the size of the image the boxes refer to, how it was read, the quarter turns applied to
/// make it upright, the skew corrected (degrees) and, when the page could not be read, why.
/// </summary>
public sealed record OcrPage(
    int Number,
    int Width,
    int Height,
    OcrPageSource Source,
    IReadOnlyList<OcrLine> Lines,
    int RotationDegrees = 0,
    float SkewDegrees = 0,
    string? Error = null)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    public IEnumerable<OcrWord> Words => Lines.SelectMany(l => l.Words);
}
