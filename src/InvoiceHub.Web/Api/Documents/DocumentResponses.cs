using InvoiceHub.Invoices.Recognition.ReceiveScan;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// How document content leaves the API: never cached on the way, originals as the type their bytes are, attachments
/// only as one of the types an invoice may carry and with an extension that matches it.
/// </summary>
internal static class DocumentResponses
{
    // EN 16931 (BT-125 mime codes): the attachment types an invoice may carry, each with its one extension.
    private static readonly Dictionary<string, string> _attachmentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["text/csv"] = ".csv",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
        ["application/vnd.oasis.opendocument.spreadsheet"] = ".ods",
    };

    private static readonly Dictionary<string, string[]> _otherExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = [".jpeg"],
    };

    /// <summary>The header of a page image that says how many pages the original has.</summary>
    public const string PageCountHeader = "X-Page-Count";

    /// <summary>Invoices and their originals are confidential: no proxy or browser cache keeps a copy.</summary>
    public static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    /// <summary>The type of a stored original from its bytes: PDF, a scanned image, or XML, the types intake accepts.</summary>
    public static string DetectedType(ReadOnlySpan<byte> bytes) => ScanIntake.ImageKindOf(bytes) switch
    {
        ScanKind.Png => "image/png",
        ScanKind.Jpeg => "image/jpeg",
        ScanKind.Tiff => "image/tiff",
        _ => bytes.IndexOf("%PDF-"u8) is >= 0 and < 1024 ? "application/pdf" : "application/xml",
    };

    public static string ExtensionOf(string type) => type switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/tiff" => ".tif",
        _ => ".xml",
    };

    /// <summary>
    /// The type an attachment is served as (its own when an invoice may carry it, else a download of unknown type) and
    /// its file name, whose extension is kept only when it matches that type.
    /// </summary>
    public static (string Type, string FileName) Attachment(string? mimeCode, string? fileName, string fallbackName)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? fallbackName : Path.GetFileName(fileName.Trim());
        if (mimeCode is null || !_attachmentTypes.TryGetValue(mimeCode, out var extension))
        {
            return ("application/octet-stream", Path.GetFileNameWithoutExtension(name) + ".bin");
        }

        var given = Path.GetExtension(name);
        var matches = given.Equals(extension, StringComparison.OrdinalIgnoreCase)
            || (_otherExtensions.TryGetValue(extension, out var others) && others.Contains(given, StringComparer.OrdinalIgnoreCase));
        return (mimeCode.ToLowerInvariant(), matches ? name : Path.GetFileNameWithoutExtension(name) + extension);
    }
}
