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

    public bool Confident => Confidence >= DocumentRecognition.ConfidentAt;
}
