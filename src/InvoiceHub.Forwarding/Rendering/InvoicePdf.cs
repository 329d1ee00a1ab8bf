using System.Globalization;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Contracts;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace InvoiceHub.Forwarding.Rendering;

/// <summary>
/// A plain PDF rendering of an e-invoice for an accountant who wants something to look at: header facts, parties,
/// lines, VAT breakdown and totals. The original XML, attached beside it, stays the document that counts.
/// </summary>
internal static class InvoicePdf
{
    private static readonly Lock _fontsLock = new();

    public static byte[] Render(ArchivedDocument document, Invoice? invoice)
    {
        EnsureFonts();
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{document.InternalNumber} {document.InvoiceNumber}";
        var writer = new PageWriter(pdf);
        writer.Line($"{(document.IsCreditNote ? "Credit note" : "Invoice")} {document.InvoiceNumber}", bold: true, size: 16);
        writer.Line($"Archived as {document.InternalNumber} on {document.ArchivedAt:yyyy-MM-dd} ({document.Direction.ToString().ToLowerInvariant()})");
        writer.Gap();
        writer.Line($"Issue date: {document.IssueDate:yyyy-MM-dd}    Due date: {document.DueDate:yyyy-MM-dd}    Currency: {document.Currency}");
        if (invoice is not null)
        {
            writer.Line($"Seller: {invoice.Seller.Name}  {invoice.Seller.VatId?.Value}");
            writer.Line($"Buyer: {invoice.Buyer.Name}  {invoice.Buyer.VatId?.Value}");
            writer.Gap();
            writer.Line("Lines", bold: true);
            foreach (var line in invoice.Lines)
            {
                writer.Line($"{line.Id}  {line.Item.Name}  {line.Quantity}  x {line.Price?.NetPrice}  = {line.NetAmount}  VAT {line.Vat?.CategoryCode} {Amount(line.Vat?.Rate)}%");
            }

            writer.Gap();
            writer.Line("VAT", bold: true);
            foreach (var vat in invoice.VatBreakdown)
            {
                writer.Line($"{vat.CategoryCode} {Amount(vat.Rate)}%: taxable {vat.TaxableAmount?.Amount}, tax {vat.TaxAmount?.Amount}");
            }
        }

        writer.Gap();
        writer.Line($"Net {Amount(document.NetAmount)}   VAT {Amount(document.TaxAmount)}   Total {Amount(document.TotalAmount)} {document.Currency}", bold: true);
        writer.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    private static string Amount(decimal? value) => value?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "";

    private static void EnsureFonts()
    {
        lock (_fontsLock)
        {
            GlobalFontSettings.FontResolver ??= new SystemFontResolver();
        }
    }

    /// <summary>Writes lines top to bottom, cutting long ones to the page width with a wrap and adding pages as needed.</summary>
    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        private const double Margin = 50;
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public void Line(string text, bool bold = false, double size = 10)
        {
            var font = new XFont("Sans", size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            // Untrusted text: drawn as text only; control characters would draw as boxes, so they go.
            text = new string([.. text.Where(c => !char.IsControl(c))]);
            foreach (var piece in Wrap(text, font))
            {
                var graphics = Ensure(size * 1.4);
                graphics.DrawString(piece, font, XBrushes.Black, new XPoint(Margin, _y));
                _y += size * 1.4;
            }
        }

        public void Gap() => _y += 8;

        public void Dispose() => _graphics?.Dispose();

        private IEnumerable<string> Wrap(string text, XFont font)
        {
            var width = (_page?.Width.Point ?? 595) - (2 * Margin);
            var measure = _graphics ?? Ensure(0);
            var rest = text;
            while (rest.Length > 0)
            {
                var take = rest.Length;
                while (take > 1 && measure.MeasureString(rest[..take], font).Width > width)
                {
                    take = Math.Max(1, take * 9 / 10);
                }

                yield return rest[..take];
                rest = rest[take..];
            }
        }

        private XGraphics Ensure(double height)
        {
            if (_page is null || _y + height > _page.Height.Point - Margin)
            {
                _graphics?.Dispose();
                _page = pdf.AddPage();
                _graphics = XGraphics.FromPdfPage(_page);
                _y = Margin + 10;
            }

            return _graphics!;
        }
    }
}
