using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace InvoiceHub.EInvoicing.Pdf;

/// <summary>Finds the invoice XML embedded in a ZUGFeRD / Factur-X / XRechnung PDF/A-3 and reads it; the PDF stays the visual.</summary>
internal static class PdfInvoiceExtractor
{
    // Names fixed by the ZUGFeRD 1.0, 2.x / Factur-X and XRechnung-in-PDF specifications, in order of preference.
    private static readonly string[] _invoiceFileNames = ["factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml"];

    public static ReadResult Read(byte[] pdf, ReadOptions options)
    {
        IReadOnlyList<EmbeddedFile>? files;
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (!document.Advanced.TryGetEmbeddedFiles(out files))
            {
                files = [];
            }

            var invoiceFile = FindInvoiceFile(files);
            if (invoiceFile is null)
            {
                return new ReadResult
                {
                    Error = new ReadError(ReadErrorKind.NoStructuredData, "no structured data; needs OCR (the PDF embeds no invoice XML)"),
                    Visual = pdf,
                };
            }

            var bytes = invoiceFile.Memory.ToArray();
            using var xml = new MemoryStream(bytes, writable: false);
            var result = InvoiceReader.ReadXml(xml, options, DocumentContainer.Pdf, invoiceFile.Name);
            return result with { Visual = pdf, SourceXml = result.IsSuccess ? bytes : null };
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Failure(ReadErrorKind.EncryptedPdf, "the PDF is encrypted with a password; it cannot be opened to look for invoice XML");
        }
        catch (PdfDocumentFormatException ex)
        {
            return ReadResult.Failure(ReadErrorKind.InvalidPdf, $"the PDF is damaged or not a PDF: {ex.Message}");
        }
    }

    private static EmbeddedFile? FindInvoiceFile(IReadOnlyList<EmbeddedFile> files)
    {
        foreach (var name in _invoiceFileNames)
        {
            foreach (var file in files)
            {
                if (string.Equals(FileName(file.Name), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(FileName(file.FileSpecification), name, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }
        }

        return null;
    }

    // The name-tree key is usually the file name, and the file specification's /UF or /F names it too. Both count: in
    // a PDF encrypted with an owner password only, PdfPig (0.1.16) decrypts the specification and the content but hands
    // back the name-tree key still encrypted.
    private static string FileName(string? name) => Path.GetFileName(name ?? string.Empty);
}
