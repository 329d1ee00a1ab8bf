namespace InvoiceHub.Invoices.Recognition;

/// <summary>One recognised invoice field (names as in <c>invoicehub recognize --json</c>) with its confidence and box on its page.</summary>
public sealed class RecognitionField
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    /// <summary>0-100; below <see cref="DocumentRecognition.ConfidentAt"/> the field is marked for checking.</summary>
    public float Confidence { get; init; }

    public int Page { get; init; }

    public int Left { get; init; }

    public int Top { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Size of the page image the box is measured in (the page turned upright); 0 for fields recognised before it was kept.</summary>
    public int PageWidth { get; init; }

    public int PageHeight { get; init; }

    /// <summary>Clockwise degrees (0, 90, 180, 270) the OCR turned the page to read it upright.</summary>
    public int PageRotation { get; init; }

    public bool Confident => Confidence >= DocumentRecognition.ConfidentAt;
}
