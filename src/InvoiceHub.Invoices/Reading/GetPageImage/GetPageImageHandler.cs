using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using InvoiceHub.Ocr.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Reading.GetPageImage;

/// <summary>
/// The pages of a PDF or scanned original as PNG images, for the invoice form and <c>GET /api/v1/documents/{id}/pages/{n}</c>.
/// Another tenant's document does not exist here; invoice XML has no pages (it has a rendering).
/// </summary>
internal sealed class GetPageImageHandler(InvoicesDbContext db, IDocumentStore store, IPageImages images, PageImageCache cache, AuditTrail audit)
{
    /// <summary>Whether a document of this type is shown as page images (PDFs, scans) rather than rendered from its XML.</summary>
    public static bool HasPages(Document document) =>
        document.ContentType.Contains("pdf", StringComparison.OrdinalIgnoreCase) || document.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Page <paramref name="page"/> of the document; a read is recorded under <paramref name="actor"/> unless it is null (the form records its own view).</summary>
    public async Task<PageImageResult> GetAsync(Guid tenantId, Guid id, int page, string? actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
        if (document is null)
        {
            return new PageImageResult(PageImageResultKind.NotFound);
        }

        if (!HasPages(document))
        {
            return new PageImageResult(PageImageResultKind.NoPages);
        }

        if (page < 1)
        {
            return await CountOf(document, cancellationToken) is { Error: null } count
                ? new PageImageResult(PageImageResultKind.NoSuchPage, Pages: count.Pages)
                : new PageImageResult(PageImageResultKind.NoSuchPage);
        }

        var image = await cache.GetOrAddAsync($"{document.Sha256}:page:{page}", () => RenderAsync(document, page, cancellationToken),
            i => i.Png?.Length ?? 0, i => i.Png is not null);
        if (actor is not null && image.Png is not null)
        {
            await audit.RecordReadAsync(document, actor, $"read-page-{page}", cancellationToken);
        }

        return image switch
        {
            { Png: { } png } => new PageImageResult(PageImageResultKind.Found, png, image.Pages),
            { NoSuchPage: true } => new PageImageResult(PageImageResultKind.NoSuchPage, Pages: image.Pages),
            _ => new PageImageResult(PageImageResultKind.Unreadable, Error: image.Error),
        };
    }

    /// <summary>How many pages the document's original has (or why it cannot be shown); null when it has no pages or does not exist.</summary>
    public async Task<PageCount?> CountAsync(Document document, CancellationToken cancellationToken) =>
        HasPages(document) ? await CountOf(document, cancellationToken) : null;

    private Task<PageCount> CountOf(Document document, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync($"{document.Sha256}:pages", async () => await store.GetAsync(document.Sha256, cancellationToken) is { } bytes
                ? await images.CountAsync(bytes, cancellationToken)
                : PageCount.Failed("the original is missing from the document store"),
            _ => 64, count => count.Error is null);

    private async Task<PageImage> RenderAsync(Document document, int page, CancellationToken cancellationToken) =>
        await store.GetAsync(document.Sha256, cancellationToken) is { } bytes
            ? await images.RenderAsync(bytes, page, cancellationToken)
            : new PageImage(null, 0, "the original is missing from the document store");
}
