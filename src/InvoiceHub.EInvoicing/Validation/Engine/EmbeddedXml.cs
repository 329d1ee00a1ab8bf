using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using UglyToad.PdfPig;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The XML bytes the syntax rules read: the document itself, or the invoice XML embedded in a PDF.</summary>
internal static class EmbeddedXml
{
    public static byte[]? Of(byte[] content, ReadResult read)
    {
        if (read.Format?.Container != DocumentContainer.Pdf)
        {
            return content;
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (!document.Advanced.TryGetEmbeddedFiles(out var files))
            {
                return null;
            }

            var name = read.Format.EmbeddedFileName;
            var file = files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.FileSpecification, name, StringComparison.OrdinalIgnoreCase));
            return file?.Memory.ToArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The reader already got the invoice out of this PDF; without the XML only the syntax rules are lost.
            return null;
        }
    }
}
