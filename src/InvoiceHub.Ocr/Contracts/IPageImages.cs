namespace InvoiceHub.Ocr.Contracts;

/// <summary>
/// Shows the pages of a PDF or a scan to people: one page as a PNG at screen size (PDFs rasterised by poppler's
/// <c>pdftoppm</c>, images re-encoded). Bounded: pages, pixels, output bytes, time, and renderings at once.
/// </summary>
public interface IPageImages
{
    /// <summary>How many pages the file has, or why it cannot be shown.</summary>
    Task<PageCount> CountAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Page <paramref name="page"/> (1-based) as a PNG; never throws for bad input.</summary>
    Task<PageImage> RenderAsync(ReadOnlyMemory<byte> content, int page, CancellationToken cancellationToken);
}
