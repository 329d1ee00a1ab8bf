using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Input;

/// <summary>The limits every reader of a file applies before decoding it: file size, and pixels from the image header.</summary>
internal static class InputLimits
{
    public const string UnknownType = "not a PDF, PNG, JPEG or TIFF file";

    public static string? FileError(ReadOnlyMemory<byte> content, OcrOptions options) =>
        content.IsEmpty ? "the file is empty"
        : content.Length > options.MaxFileBytes ? $"the file has {content.Length} bytes; the limit is {options.MaxFileBytes}"
        : null;

    /// <summary>A PNG or JPEG whose header is broken or promises more pixels than allowed.</summary>
    public static unsafe string? SizeError(ReadOnlySpan<byte> content, OcrOptions options)
    {
        fixed (byte* pointer = content)
        {
            return LeptonicaNative.pixReadHeaderMem(pointer, (nuint)content.Length, out _, out var width, out var height, out _, out _, out _) != 0
                ? "the image is corrupt or truncated"
                : PixelError(width, height, options);
        }
    }

    public static string? PixelError(long width, long height, OcrOptions options) =>
        width <= 0 || height <= 0 ? "the image is corrupt or truncated"
        : width * height > options.MaxPixelsPerPage
            ? $"the image has {width} x {height} pixels; the limit is {options.MaxPixelsPerPage} pixels per page (Ocr:MaxPixelsPerPage)"
            : null;
}
