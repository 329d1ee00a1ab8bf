using System.Runtime.InteropServices;

namespace InvoiceHub.Ocr.Tests.Corpus;

/// <summary>Leptonica calls that make test images: rotation, noise, blank pages and multi-page TIFFs.</summary>
internal static partial class TestImaging
{
    private const string Library = "liblept.so.5";

    public const int FormatPng = 3;
    public const int FormatTiffZip = 10;

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint pixRead(string path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixWrite(string path, nint pix, int format);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixWriteTiff(string path, nint pix, int compression, string mode);

    [LibraryImport(Library)]
    public static partial nint pixRotate(nint pix, float radians, int type, int fill, int width, int height);

    [LibraryImport(Library)]
    public static partial nint pixRotateOrth(nint pix, int quads);

    [LibraryImport(Library)]
    public static partial nint pixAddGaussianNoise(nint pix, float deviation);

    [LibraryImport(Library)]
    public static partial nint pixCreate(int width, int height, int depth);

    [LibraryImport(Library)]
    public static partial int pixSetAll(nint pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(nint pix, int xres, int yres);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref nint pix);

    public static void Destroy(nint pix) => pixDestroy(ref pix);

    /// <summary>Reads <paramref name="source"/>, applies <paramref name="change"/> and writes the result as a PNG.</summary>
    public static void Transform(string source, string target, Func<nint, nint> change)
    {
        var pix = pixRead(source);
        if (pix == 0)
        {
            throw new InvalidOperationException($"leptonica could not read {source}");
        }

        var changed = change(pix);
        try
        {
            _ = pixSetResolution(changed, 300, 300);
            if (pixWrite(target, changed, FormatPng) != 0)
            {
                throw new InvalidOperationException($"leptonica could not write {target}");
            }
        }
        finally
        {
            if (changed != pix)
            {
                Destroy(changed);
            }

            Destroy(pix);
        }
    }

    /// <summary>Joins page images into one multi-page TIFF (deflate-compressed).</summary>
    public static void WriteTiff(IReadOnlyList<string> pages, string target, int dpi)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var pix = pixRead(pages[i]);
            _ = pixSetResolution(pix, dpi, dpi);
            try
            {
                if (pixWriteTiff(target, pix, FormatTiffZip, i == 0 ? "w" : "a") != 0)
                {
                    throw new InvalidOperationException($"leptonica could not write {target}");
                }
            }
            finally
            {
                Destroy(pix);
            }
        }
    }
}
