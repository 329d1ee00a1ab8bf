using System.Globalization;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Engine;

namespace InvoiceHub.Ocr.Input;

/// <summary>A PDF on disk read with poppler: its info, its text layer, and one page at a time as a PNG.</summary>
internal sealed class PdfPages(string file, OcrOptions options)
{
    private static readonly TimeSpan _infoTimeout = TimeSpan.FromSeconds(30);
    private const long MaxTextLayerBytes = 64L * 1024 * 1024;

    public sealed record InfoOrError(PdfInfo? Info, string? Error);

    public async Task<InfoOrError> InfoAsync(CancellationToken cancellationToken)
    {
        // The page sizes come only for the pages asked for: one more than the limit is enough to refuse.
        var outcome = await ExternalProcess.RunAsync("pdfinfo", ["-f", "1", "-l", (options.MaxPages + 1).ToString(CultureInfo.InvariantCulture), file],
            _infoTimeout, 1024 * 1024, cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            return outcome.Error.Contains("password", StringComparison.OrdinalIgnoreCase)
                ? new InfoOrError(null, "the PDF is encrypted (password protected); it cannot be read")
                : new InfoOrError(null, outcome.TimedOut ? "the PDF could not be read in time" : "the PDF is corrupt or truncated");
        }

        var info = PdfInfo.Parse(System.Text.Encoding.UTF8.GetString(outcome.Output));
        return info switch
        {
            { Encrypted: true } => new InfoOrError(null, "the PDF is encrypted; it cannot be read"),
            { Pages: 0 } => new InfoOrError(null, "the PDF has no pages"),
            { Pages: var pages } when pages > options.MaxPages =>
                new InfoOrError(null, $"the PDF has {pages} pages; at most {options.MaxPages} are recognised (limit Ocr:MaxPages)"),
            _ => new InfoOrError(info, null),
        };
    }

    /// <summary>The text layer of every page, boxes at the rasterising resolution; empty when poppler fails.</summary>
    public async Task<IReadOnlyList<OcrPage>> TextLayerAsync(int pages, CancellationToken cancellationToken)
    {
        var outcome = await ExternalProcess.RunAsync("pdftotext", ["-bbox", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), file, "-"],
            options.PageTimeout, MaxTextLayerBytes, cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            return [];
        }

        try
        {
            using var stream = new MemoryStream(outcome.Output);
            return PdfTextLayer.Parse(stream, options.PdfDpi);
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }

    /// <summary>One page as an image, at the configured resolution or lower when the page is so large that it would exceed the pixel limit.</summary>
    public async Task<Pix?> RasteriseAsync(int page, PdfInfo info, CancellationToken cancellationToken)
    {
        var dpi = (double)options.PdfDpi;
        if (info.PageSizes.TryGetValue(page, out var size) && size.Width > 0 && size.Height > 0)
        {
            var inches = size.Width / 72 * (size.Height / 72);
            dpi = Math.Min(dpi, Math.Floor(Math.Sqrt(options.MaxPixelsPerPage / inches)));
        }

        var number = page.ToString(CultureInfo.InvariantCulture);
        var outcome = await ExternalProcess.RunAsync("pdftoppm",
            ["-r", ((int)Math.Max(dpi, 1)).ToString(CultureInfo.InvariantCulture), "-gray", "-f", number, "-l", number, "-png", file],
            options.PageTimeout, options.MaxPixelsPerPage + (1024 * 1024), cancellationToken).ConfigureAwait(false);
        return outcome.ExitCode == 0 ? Pix.Decode(outcome.Output) : null;
    }
}
