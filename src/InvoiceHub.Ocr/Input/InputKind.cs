namespace InvoiceHub.Ocr.Input;

/// <summary>What a file is, judged from its first bytes only (never the name).</summary>
internal enum InputKind
{
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Tiff,
}
