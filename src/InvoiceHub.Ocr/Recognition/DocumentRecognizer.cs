using System.Globalization;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Engine;
using InvoiceHub.Ocr.Extraction;
using InvoiceHub.Ocr.Input;
using InvoiceHub.Ocr.Layout;
using InvoiceHub.Ocr.Preprocessing;

namespace InvoiceHub.Ocr.Recognition;

/// <summary>
/// Reads a file's pages (PDF text layer, rasterised PDF pages, PNG / JPEG / multi-page TIFF) through the engine pool,
/// at most one page per engine at a time so memory stays bounded, then extracts the fields.
/// </summary>
internal sealed class DocumentRecognizer(OcrOptions options) : IDocumentRecognizer, IDisposable
{
    private readonly Lazy<EnginePool> _pool = new(() => new EnginePool(options.Languages, options.DataPath, options.EffectiveEngineCount, options.LimitOpenMpThreads));

    public async Task<string?> CheckAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (InputLimits.FileError(content, options) is { } error)
        {
            return error;
        }

        switch (InputDetector.Detect(content.Span))
        {
            case InputKind.Png or InputKind.Jpeg:
                return InputLimits.SizeError(content.Span, options);
            case InputKind.Tiff:
                return TiffError(content.Span, out _);
            case InputKind.Pdf:
                var folder = Directory.CreateTempSubdirectory("invoicehub-ocr-");
                try
                {
                    var file = Path.Combine(folder.FullName, "document.pdf");
                    await File.WriteAllBytesAsync(file, content.ToArray(), cancellationToken).ConfigureAwait(false);
                    return (await new PdfPages(file, options).InfoAsync(cancellationToken).ConfigureAwait(false)).Error;
                }
                finally
                {
                    folder.Delete(recursive: true);
                }

            default:
                return InputLimits.UnknownType;
        }
    }

    public async Task<OcrDocument> RecognizeAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (InputLimits.FileError(content, options) is { } error)
        {
            return OcrDocument.Failed(error);
        }

        var pages = InputDetector.Detect(content.Span) switch
        {
            InputKind.Pdf => await ReadPdfAsync(content, cancellationToken).ConfigureAwait(false),
            InputKind.Tiff => await ReadTiffAsync(content, cancellationToken).ConfigureAwait(false),
            InputKind.Png or InputKind.Jpeg => await ReadImageAsync(content, cancellationToken).ConfigureAwait(false),
            _ => PagesOrError.Fail(InputLimits.UnknownType),
        };
        if (pages.Error is not null)
        {
            return OcrDocument.Failed(pages.Error);
        }

        var read = pages.Pages!;
        var fields = FieldExtractor.Extract(read);
        return new OcrDocument(read, fields, DocumentError(read));
    }

    /// <summary>A file is unreadable when no page gave any text: blank pages, or every page failed.</summary>
    private static string? DocumentError(IReadOnlyList<OcrPage> pages)
    {
        if (pages.Any(p => p.Lines.Count > 0))
        {
            return null;
        }

        var errors = pages.Select(p => p.Error).OfType<string>().Distinct().ToList();
        return errors.Count > 0 ? string.Join("; ", errors) : "no text recognised: the pages are empty";
    }

    private async Task<PagesOrError> ReadImageAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (InputLimits.SizeError(content.Span, options) is { } error)
        {
            return PagesOrError.Fail(error);
        }

        return PagesOrError.Of([await RecognizeImageAsync(1, () => Task.FromResult(Pix.Decode(content.Span)), cancellationToken).ConfigureAwait(false)]);
    }

    private async Task<PagesOrError> ReadTiffAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (TiffError(content.Span, out var directories) is { } error)
        {
            return PagesOrError.Fail(error);
        }

        var tasks = directories.Select((directory, index) => RecognizeImageAsync(index + 1, () => Task.FromResult(Pix.DecodeTiffPage(content.Span, index == 0 ? 0 : directory.Offset)), cancellationToken));
        return PagesOrError.Of(await Task.WhenAll(tasks).ConfigureAwait(false));
    }

    private string? TiffError(ReadOnlySpan<byte> content, out IReadOnlyList<(long Width, long Height, long Offset)> directories)
    {
        directories = TiffDirectory.Read(content, options.MaxPages) ?? [];
        if (directories.Count == 0)
        {
            return "the TIFF image is corrupt or truncated";
        }

        if (directories.Count > options.MaxPages)
        {
            return $"the TIFF has more than {options.MaxPages} pages (limit Ocr:MaxPages)";
        }

        return directories.Select(d => InputLimits.PixelError(d.Width, d.Height, options)).FirstOrDefault(e => e is not null);
    }

    private async Task<PagesOrError> ReadPdfAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("invoicehub-ocr-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllBytesAsync(file, content.ToArray(), cancellationToken).ConfigureAwait(false);
            var pdf = new PdfPages(file, options);
            var info = await pdf.InfoAsync(cancellationToken).ConfigureAwait(false);
            if (info.Error is not null)
            {
                return PagesOrError.Fail(info.Error);
            }

            var textLayer = options.UsePdfTextLayer ? await pdf.TextLayerAsync(info.Info!.Pages, cancellationToken).ConfigureAwait(false) : [];
            var tasks = Enumerable.Range(1, info.Info!.Pages).Select(number =>
                number <= textLayer.Count && PdfTextLayer.IsUsable(textLayer[number - 1])
                    ? Task.FromResult(textLayer[number - 1] with { Number = number })
                    : RecognizeImageAsync(number, () => pdf.RasteriseAsync(number, info.Info, cancellationToken), cancellationToken));
            return PagesOrError.Of(await Task.WhenAll(tasks).ConfigureAwait(false));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<OcrPage> RecognizeImageAsync(int number, Func<Task<Pix?>> load, CancellationToken cancellationToken)
    {
        using var lease = await _pool.Value.RentAsync(cancellationToken).ConfigureAwait(false);
        using var original = await load().ConfigureAwait(false);
        if (original is null)
        {
            return ErrorPage(number, "the image is corrupt or truncated");
        }

        if (InputLimits.PixelError(original.Width, original.Height, options) is { } tooLarge)
        {
            return ErrorPage(number, tooLarge);
        }

        using var prepared = PagePreparer.Prepare(original, lease.Engine, options);
        var (width, height) = (prepared.Image.Width, prepared.Image.Height);
        if (prepared.Blank)
        {
            return new OcrPage(number, width, height, OcrPageSource.Ocr, [], Error: "the page is empty");
        }

        var (words, timedOut) = lease.Engine.Recognize(prepared.Image, options.PageTimeout);
        if (timedOut)
        {
            return new OcrPage(number, width, height, OcrPageSource.Ocr, [], prepared.RotationDegrees, prepared.SkewDegrees,
                $"recognition took longer than {options.PageTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (limit Ocr:PageTimeout)");
        }

        return new OcrPage(number, width, height, OcrPageSource.Ocr, RowBuilder.Build(words), prepared.RotationDegrees, prepared.SkewDegrees,
            words.Count == 0 ? "no text recognised on the page" : null);
    }

    private static OcrPage ErrorPage(int number, string error) => new(number, 0, 0, OcrPageSource.Ocr, [], Error: error);

    public void Dispose()
    {
        if (_pool.IsValueCreated)
        {
            _pool.Value.Dispose();
        }
    }

    private sealed record PagesOrError(IReadOnlyList<OcrPage>? Pages, string? Error)
    {
        public static PagesOrError Of(IReadOnlyList<OcrPage> pages) => new(pages, null);

        public static PagesOrError Fail(string error) => new(null, error);
    }
}
