using InvoiceHub.EInvoicing.Cii;
using InvoiceHub.EInvoicing.Detection;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Pdf;
using InvoiceHub.EInvoicing.Ubl;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Reading;

/// <summary>
/// The one entry point for reading an e-invoice (UBL, OIOUBL, CII or a PDF with embedded XML) into the model.
/// Stateless and thread-safe; every outcome, including hostile or broken input, is a <see cref="ReadResult"/>.
/// </summary>
public static class InvoiceReader
{
    private const int SniffLength = 1024;

    public static ReadResult Read(byte[] content, ReadOptions? options = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        var result = Read(stream, options);
        // The caller's bytes are the XML unless they were a PDF (whose extractor sets the embedded XML itself).
        return result.IsSuccess && result.SourceXml is null && result.Format?.Container == DocumentContainer.Xml
            ? result with { SourceXml = content }
            : result;
    }

    /// <summary>Reads from a stream (which stays open); XML is read forward-only and never buffered whole.</summary>
    public static ReadResult Read(Stream stream, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        try
        {
            var head = new byte[SniffLength];
            var headLength = stream.ReadAtLeast(head, SniffLength, throwOnEndOfStream: false);
            if (headLength == 0)
            {
                return ReadResult.Failure(ReadErrorKind.Empty, "the document is empty");
            }

            var whole = new PrefixedStream(head.AsMemory(0, headLength), stream);
            return IsPdf(head.AsSpan(0, headLength))
                ? ReadPdf(whole, options)
                : ReadXml(whole, options, DocumentContainer.Xml, null);
        }
        catch (IOException ex)
        {
            return ReadResult.Failure(ReadErrorKind.IoError, $"the document could not be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: intake must get a result, whatever a reader bug or third-party library throws.
            return ReadResult.Failure(ReadErrorKind.InvalidDocument, $"the document could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    internal static ReadResult ReadXml(Stream stream, ReadOptions options, DocumentContainer container, string? embeddedFileName)
    {
        var load = SafeXmlLoader.Load(stream, options);
        if (load.Root is not { } root)
        {
            return new ReadResult { Error = load.Error };
        }

        var format = FormatDetector.Detect(root, container, embeddedFileName);
        if (format is null)
        {
            return ReadResult.Failure(
                ReadErrorKind.UnknownFormat,
                $"not an invoice this reader knows: root element <{root.LocalName}> in namespace '{root.NamespaceUri}' (line {root.Line}) is not UBL 2.1, OIOUBL, CII D16B or ZUGFeRD 1.0",
                root.LocalName,
                root.Line);
        }

        var context = new ReadContext();
        var invoice = format.Syntax == InvoiceSyntax.Cii
            ? CiiInvoiceReader.Read(root, format, context)
            : UblInvoiceReader.Read(root, format, context);
        return new ReadResult { Invoice = invoice, Format = format, Warnings = context.Warnings, SourceTree = options.KeepSourceTree ? root : null };
    }

    private static ReadResult ReadPdf(Stream stream, ReadOptions options)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxPdfBytes)
            {
                return ReadResult.Failure(ReadErrorKind.LimitExceeded, $"the PDF is larger than the limit of {options.MaxPdfBytes:N0} bytes");
            }
        }

        return PdfInvoiceExtractor.Read(buffer.ToArray(), options);
    }

    private static bool IsPdf(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) >= 0;
}
