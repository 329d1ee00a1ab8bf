using System.Runtime.InteropServices;

namespace InvoiceHub.Ocr.Native;

/// <summary>The part of leptonica's C API (allheaders.h, liblept5) used to load and prepare page images.</summary>
internal static unsafe partial class LeptonicaNative
{
    private const string Library = "liblept.so.5";

    public const int FormatUnknown = 0;
    public const int FormatJpeg = 2;
    public const int FormatPng = 3;

    /// <summary>leptonica's L_SEVERITY_NONE: its error messages go to stderr otherwise, once per bad file.</summary>
    public const int SeverityNone = 6;

    [LibraryImport(Library)]
    public static partial nint pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(Library)]
    public static partial nint pixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref nint pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(nint pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(nint pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(nint pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(nint pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(nint pix, int xres, int yres);

    [LibraryImport(Library)]
    public static partial nint pixConvertTo8(nint pix, int colormapFlag);

    [LibraryImport(Library)]
    public static partial nint pixConvertTo1(nint pix, int threshold);

    [LibraryImport(Library)]
    public static partial nint pixRotateOrth(nint pix, int quads);

    [LibraryImport(Library)]
    public static partial nint pixScale(nint pix, float scaleX, float scaleY);

    [LibraryImport(Library)]
    public static partial nint pixFindSkewAndDeskew(nint pix, int reductionSearch, out float angle, out float confidence);

    [LibraryImport(Library)]
    public static partial nint pixContrastNorm(nint destination, nint source, int tileWidth, int tileHeight, int minDiff, int smoothX, int smoothY);

    [LibraryImport(Library)]
    public static partial nint pixBackgroundNormSimple(nint source, nint imageMask, nint greyMap);

    [LibraryImport(Library)]
    public static partial int pixZero(nint pix, out int empty);

    [LibraryImport(Library)]
    public static partial int pixWriteMem(out nint data, out nuint size, nint pix, int format);

    [LibraryImport(Library)]
    public static partial void lept_free(nint pointer);

    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int severity);
}
