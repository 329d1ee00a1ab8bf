using System.Globalization;
using System.Xml;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Layout;

namespace InvoiceHub.Ocr.Input;

/// <summary>
/// Reads the words of <c>pdftotext -bbox</c> output (XHTML, boxes in points) into pages with boxes at the rasterising
/// resolution, and judges whether a page's text layer is usable instead of OCR.
/// </summary>
internal static class PdfTextLayer
{
    private const int MinimumUsableCharacters = 40;

    public static IReadOnlyList<OcrPage> Parse(Stream xhtml, int dpi)
    {
        var scale = dpi / 72.0;
        var pages = new List<OcrPage>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(xhtml, settings);
        List<OcrWord>? words = null;
        int width = 0, height = 0;
        // ReadElementContentAsString moves to the node after the word, so only other nodes need Read().
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                Finish();
                words = [];
                width = (int)Math.Round(Number(reader, "width") * scale);
                height = (int)Math.Round(Number(reader, "height") * scale);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && words is not null)
            {
                var left = Number(reader, "xMin") * scale;
                var top = Number(reader, "yMin") * scale;
                var right = Number(reader, "xMax") * scale;
                var bottom = Number(reader, "yMax") * scale;
                var text = reader.ReadElementContentAsString().Trim();
                advanced = true;
                if (text.Length > 0)
                {
                    words.Add(new OcrWord(text, 100, new OcrBox((int)left, (int)top, (int)Math.Ceiling(right - left), (int)Math.Ceiling(bottom - top))));
                }
            }
        }

        Finish();
        return pages;

        void Finish()
        {
            if (words is not null)
            {
                pages.Add(new OcrPage(pages.Count + 1, width, height, OcrPageSource.TextLayer, RowBuilder.Build(words)));
            }
        }
    }

    /// <summary>
    /// Enough letters and digits, and few replacement or private-use characters (fonts without a Unicode map give
    /// those, and their text is useless for fields).
    /// </summary>
    public static bool IsUsable(OcrPage page)
    {
        int good = 0, bad = 0;
        foreach (var c in page.Words.SelectMany(w => w.Text))
        {
            if (char.IsLetterOrDigit(c))
            {
                good++;
            }
            else if (c == '\uFFFD' || char.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned)
            {
                bad++;
            }
        }

        return good >= MinimumUsableCharacters && bad * 20 < good;
    }

    private static double Number(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
