using System.Text;

namespace InvoiceHub.Invoices.Attachments;

/// <summary>What a person may attach: PDF and the usual scan formats, recognised by their first bytes, with a safe name.</summary>
internal static class AttachmentFile
{
    public const int MaxSize = 20 * 1024 * 1024;
    public const int MaxPerDocument = 50;
    public const int MaxNameLength = 200;

    private static readonly (byte[] Magic, string ContentType, string Extension)[] _kinds =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
        ([0x49, 0x49, 0x2A, 0x00], "image/tiff", ".tif"),
        ([0x4D, 0x4D, 0x00, 0x2A], "image/tiff", ".tif"),
    ];

    /// <summary>The content type and extension of an acceptable file, or null.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, contentType, extension) in _kinds)
        {
            if (content.StartsWith(magic))
            {
                return (contentType, extension);
            }
        }

        return null;
    }

    /// <summary>
    /// The name shown and offered for download: no path, no control characters, at most 200 characters, and the
    /// extension of the detected type (a "note.html" that is a PDF downloads as "note.html.pdf").
    /// </summary>
    public static string SafeName(string? clientName, string extension)
    {
        var name = Path.GetFileName((clientName ?? "").Replace('\\', '/'));
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            text.Append(char.IsControl(c) || c is '"' or '<' or '>' or '|' or ':' or '*' or '?' ? '_' : c);
        }

        var safe = text.ToString().Trim().Trim('.');
        if (safe.Length == 0)
        {
            safe = "attachment";
        }

        if (!safe.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !(extension == ".jpg" && safe.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            && !(extension == ".tif" && safe.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase)))
        {
            safe += extension;
        }

        return safe.Length <= MaxNameLength ? safe : safe[..(MaxNameLength - extension.Length)] + extension;
    }
}
