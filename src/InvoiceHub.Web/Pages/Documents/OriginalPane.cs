using InvoiceHub.Invoices.Recognition;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Web.Pages.Documents;

/// <summary>
/// The original beside the invoice form: a PDF's or scan's pages as images (<see cref="Pages"/> &gt; 0, the one shown
/// first <see cref="Page"/>) with the OCR boxes of each page, or why the pages cannot be shown; invoice XML is rendered
/// instead (no pages).
/// </summary>
internal sealed record OriginalPane(int Pages, int Page, string? Error, IReadOnlyList<PageBoxes> Boxes)
{
    public static readonly OriginalPane None = new(0, 0, null, []);

    public static OriginalPane Of(PageCount? count, int requested, DocumentRecognition? recognition)
    {
        if (count is null)
        {
            return None;
        }

        var pages = count.Pages;
        return new OriginalPane(pages, Math.Clamp(requested, 1, Math.Max(1, pages)), count.Error, pages == 0 ? [] : PageBoxes.Of(recognition));
    }
}

/// <summary>
/// The recognised fields' boxes on one page as received, in its pixels (<see cref="Width"/> x <see cref="Height"/>):
/// drawn as an SVG over the page image, whatever size the image is shown at.
/// </summary>
internal sealed record PageBoxes(int Page, int Width, int Height, IReadOnlyList<(RecognitionField Field, OcrBox Box)> Fields)
{
    public static IReadOnlyList<PageBoxes> Of(DocumentRecognition? recognition) =>
    [
        .. (recognition?.Fields ?? [])
            // Fields recognised before page sizes were kept have none: there is nothing to draw them on.
            .Where(f => f.PageWidth > 0 && f.PageHeight > 0 && f.Width > 0 && f.Height > 0)
            .GroupBy(f => f.Page)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var first = g.First();
                var turned = first.PageRotation % 180 != 0;
                return new PageBoxes(g.Key, turned ? first.PageHeight : first.PageWidth, turned ? first.PageWidth : first.PageHeight,
                    [.. g.Select(f => (f, new OcrBox(f.Left, f.Top, f.Width, f.Height).AsReceived(f.PageRotation, f.PageWidth, f.PageHeight)))]);
            }),
    ];
}
