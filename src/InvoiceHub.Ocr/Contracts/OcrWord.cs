namespace InvoiceHub.Ocr.Contracts;

/// <summary>One recognised word with its confidence (0-100) and box.</summary>
public sealed record OcrWord(string Text, float Confidence, OcrBox Box);
