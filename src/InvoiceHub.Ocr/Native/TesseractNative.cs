using System.Runtime.InteropServices;

namespace InvoiceHub.Ocr.Native;

/// <summary>The part of Tesseract's C API (capi.h, libtesseract5) the engine uses.</summary>
internal static partial class TesseractNative
{
    private const string Library = "libtesseract.so.5";

    public const int LevelBlock = 0;
    public const int LevelParagraph = 1;
    public const int LevelTextLine = 2;
    public const int LevelWord = 3;

    public const int OemLstmOnly = 1;
    public const int OemTesseractOnly = 0;

    public const int PsmOsdOnly = 0;
    public const int PsmAuto = 3;

    [LibraryImport(Library)]
    public static partial nint TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(nint handle, string? dataPath, string language, int oem);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool TessBaseAPISetVariable(nint handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(nint handle, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(nint handle, nint pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(nint handle, int ppi);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(nint handle, nint monitor);

    [LibraryImport(Library)]
    public static partial nint TessBaseAPIGetIterator(nint handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(nint handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(nint handle);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool TessBaseAPIDetectOrientationScript(nint handle, out int orientationDegrees, out float orientationConfidence, out nint scriptName, out float scriptConfidence);

    [LibraryImport(Library)]
    public static partial void TessDeleteText(nint text);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(nint iterator);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool TessResultIteratorNext(nint iterator, int level);

    [LibraryImport(Library)]
    public static partial nint TessResultIteratorGetUTF8Text(nint iterator, int level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(nint iterator, int level);

    [LibraryImport(Library)]
    public static partial nint TessResultIteratorGetPageIteratorConst(nint iterator);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool TessPageIteratorBoundingBox(nint pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool TessPageIteratorIsAtBeginningOf(nint pageIterator, int level);

    [LibraryImport(Library)]
    public static partial nint TessMonitorCreate();

    [LibraryImport(Library)]
    public static partial void TessMonitorDelete(nint monitor);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetDeadlineMSecs(nint monitor, int deadline);

    [LibraryImport(Library)]
    public static partial nint TessVersion();
}
