using PdfSharp.Fonts;

namespace InvoiceHub.Forwarding.Rendering;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: this resolver serves a sans-serif TrueType font of the system
/// (DejaVu Sans or Liberation Sans, from Debian's fonts-dejavu-core / fonts-liberation).
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    private static readonly string[] _regular =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    private static readonly string[] _bold =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ];

    public static bool Available => _regular.Any(File.Exists);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName)
    {
        var candidates = faceName == "bold" ? _bold.Concat(_regular) : _regular;
        return candidates.Where(File.Exists).Select(File.ReadAllBytes).FirstOrDefault();
    }
}
