using System.Globalization;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Engine;
using InvoiceHub.Ocr.Input;
using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Viewing;

/// <summary>
/// Pages for the eye, not for Tesseract: colour, at most <see cref="LongestSide"/> pixels on the longer side (a
/// screen's worth), with the OCR's limits on file size, pages and pixels. At most one rendering per core runs at a
/// time, so memory stays bounded however many viewers ask at once.
/// </summary>
internal sealed class PageImageRenderer(OcrOptions options) : IPageImages
{
    /// <summary>Longer side of a page image in pixels: A4 at about 135 dpi, sharp on a screen, small as a PNG.</summary>
    public const int LongestSide = 1600;

    private const long MaxPngBytes = 32L * 1024 * 1024;
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.EffectiveEngineCount));

    public async Task<PageCount> CountAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (InputLimits.FileError(content, options) is { } error)
        {
            return PageCount.Failed(error);
        }

        switch (InputDetector.Detect(content.Span))
        {
            case InputKind.Png or InputKind.Jpeg:
                return InputLimits.SizeError(content.Span, options) is { } tooLarge ? PageCount.Failed(tooLarge) : new PageCount(1, null);
            case InputKind.Tiff:
                var directories = TiffDirectory.Read(content.Span, options.MaxPages);
                return directories is not { Count: > 0 } ? PageCount.Failed("the TIFF image is corrupt or truncated") : new PageCount(directories.Count, null);
            case InputKind.Pdf:
                return await WithPdfAsync(content, (file, pages) => Task.FromResult(new PageCount(pages, null)), PageCount.Failed, cancellationToken).ConfigureAwait(false);
            default:
                return PageCount.Failed(InputLimits.UnknownType);
        }
    }

    public async Task<PageImage> RenderAsync(ReadOnlyMemory<byte> content, int page, CancellationToken cancellationToken)
    {
        if (InputLimits.FileError(content, options) is { } error)
        {
            return Failed(error);
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return InputDetector.Detect(content.Span) switch
            {
                InputKind.Png or InputKind.Jpeg => page != 1 ? new PageImage(null, 1, null)
                    : InputLimits.SizeError(content.Span, options) is { } tooLarge ? Failed(tooLarge)
                    : Encode(Pix.Decode(content.Span), 1),
                InputKind.Tiff => RenderTiff(content.Span, page),
                InputKind.Pdf => await WithPdfAsync(content, (file, pages) => RasteriseAsync(file, page, pages, cancellationToken), Failed, cancellationToken).ConfigureAwait(false),
                _ => Failed(InputLimits.UnknownType),
            };
        }
        finally
        {
            _slots.Release();
        }
    }

    private static PageImage Failed(string error) => new(null, 0, error);

    private PageImage RenderTiff(ReadOnlySpan<byte> content, int page)
    {
        var directories = TiffDirectory.Read(content, options.MaxPages);
        if (directories is not { Count: > 0 })
        {
            return Failed("the TIFF image is corrupt or truncated");
        }

        if (page < 1 || page > directories.Count)
        {
            return new PageImage(null, directories.Count, null);
        }

        var (width, height, offset) = directories[page - 1];
        return InputLimits.PixelError(width, height, options) is { } tooLarge
            ? Failed(tooLarge)
            : Encode(Pix.DecodeTiffPage(content, page == 1 ? 0 : offset), directories.Count);
    }

    // Decoded pages are scaled down to the screen size and encoded afresh as PNG.
    private static PageImage Encode(Pix? decoded, int pages)
    {
        if (decoded is null)
        {
            return Failed("the image is corrupt or truncated");
        }

        using (decoded)
        {
            var scale = Math.Min(1f, (float)LongestSide / Math.Max(decoded.Width, decoded.Height));
            if (scale >= 1f)
            {
                return new PageImage(decoded.EncodePng(), pages, null);
            }

            using var scaled = decoded.Transform(h => LeptonicaNative.pixScale(h, scale, scale), "scale");
            return new PageImage(scaled.EncodePng(), pages, null);
        }
    }

    private async Task<PageImage> RasteriseAsync(string file, int page, int pages, CancellationToken cancellationToken)
    {
        if (page < 1 || page > pages)
        {
            return new PageImage(null, pages, null);
        }

        if (page > options.MaxPages)
        {
            return Failed($"only the first {options.MaxPages} pages are shown (limit Ocr:MaxPages)");
        }

        var number = page.ToString(CultureInfo.InvariantCulture);
        var outcome = await ExternalProcess.RunAsync("pdftoppm",
            ["-png", "-scale-to", LongestSide.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, file],
            _timeout, MaxPngBytes, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            { TimedOut: true } => Failed($"the page could not be rendered within {_timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"),
            { OutputTooLarge: true } => Failed("the page image is too large to show"),
            { ExitCode: not 0 } or { Output.Length: 0 } => Failed("the PDF page could not be rendered: the PDF is corrupt or truncated"),
            _ => new PageImage(outcome.Output, pages, null),
        };
    }

    // poppler reads files: the PDF goes to a private temporary folder for as long as it is needed.
    private static async Task<T> WithPdfAsync<T>(ReadOnlyMemory<byte> content, Func<string, int, Task<T>> use, Func<string, T> fail, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("invoicehub-page-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllBytesAsync(file, content.ToArray(), cancellationToken).ConfigureAwait(false);
            var info = await ExternalProcess.RunAsync("pdfinfo", [file], _timeout, 1024 * 1024, cancellationToken).ConfigureAwait(false);
            if (info.ExitCode != 0)
            {
                return fail(info.Error.Contains("password", StringComparison.OrdinalIgnoreCase)
                    ? "the PDF is encrypted (password protected); it cannot be shown"
                    : info.TimedOut ? "the PDF could not be read in time" : "the PDF is corrupt or truncated");
            }

            var pages = PdfInfo.Parse(System.Text.Encoding.UTF8.GetString(info.Output)).Pages;
            return pages == 0 ? fail("the PDF has no pages") : await use(file, pages).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
