namespace InvoiceHub.Ocr.Contracts;

/// <summary>One extracted invoice field: its normalised value, confidence (0-100), page (1-based) and box on that page.</summary>
public sealed record RecognizedField(string Value, float Confidence, int Page, OcrBox Box);
