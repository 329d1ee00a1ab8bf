namespace InvoiceHub.Ocr.Input;

/// <summary>Recognises the file types the OCR reads by their signatures.</summary>
internal static class InputDetector
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static InputKind Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngSignature))
        {
            return InputKind.Png;
        }

        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return InputKind.Jpeg;
        }

        if (content.Length >= 4 && ((content[0] == 'I' && content[1] == 'I' && content[2] == 42 && content[3] == 0)
            || (content[0] == 'M' && content[1] == 'M' && content[2] == 0 && content[3] == 42)))
        {
            return InputKind.Tiff;
        }

        // The PDF header may follow some junk within the first kilobyte (as readers accept).
        return content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0 ? InputKind.Pdf : InputKind.Unknown;
    }
}
