namespace InvoiceHub.Ocr.Contracts;

/// <summary>A rectangle on a page in pixels of the page image (PDF text layers: at the rasterising resolution), origin top left.</summary>
public readonly record struct OcrBox(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public static OcrBox Union(OcrBox a, OcrBox b)
    {
        var left = Math.Min(a.Left, b.Left);
        var top = Math.Min(a.Top, b.Top);
        return new OcrBox(left, top, Math.Max(a.Right, b.Right) - left, Math.Max(a.Bottom, b.Bottom) - top);
    }

    public static OcrBox Union(IEnumerable<OcrBox> boxes) => boxes.Aggregate(Union);

    /// <summary>
    /// This box of a page the OCR turned upright by <paramref name="rotationDegrees"/> clockwise (0, 90, 180, 270; the
    /// upright image <paramref name="uprightWidth"/> x <paramref name="uprightHeight"/>) on the page as it was received.
    /// </summary>
    public OcrBox AsReceived(int rotationDegrees, int uprightWidth, int uprightHeight) => (((rotationDegrees % 360) + 360) % 360) switch
    {
        90 => new OcrBox(Top, uprightWidth - Right, Height, Width),
        180 => new OcrBox(uprightWidth - Right, uprightHeight - Bottom, Width, Height),
        270 => new OcrBox(uprightHeight - Bottom, Left, Height, Width),
        _ => this,
    };
}
