using System.Buffers;
using System.Text.Json;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Web.Api.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// Takes a pushed document off the wire: a raw XML or PDF body (metadata in the query string) or multipart with a
/// <c>file</c> part and an optional JSON <c>metadata</c> part. Never buffers more than the configured limit.
/// </summary>
internal static class UploadReader
{
    private const int PreallocatedBodyBytes = 256 * 1024;

    private static readonly string[] _xmlTypes = ["application/xml", "text/xml"];

    // Scans for OCR; what the bytes are decides in the end (an image posted as another image type is still read).
    private static readonly string[] _imageTypes = ["image/png", "image/jpeg", "image/tiff"];

    public sealed record Upload(byte[] Content, string ContentType, Direction? Direction, PaymentStatus? PaymentStatus, string? ExternalId, string? FileName);

    public static async Task<(Upload? Upload, IResult? Problem)> ReadAsync(HttpContext context, ConnectorSettings settings, CancellationToken cancellationToken)
    {
        var limit = settings.MaxDocumentBytes;
        // Room for multipart boundaries and the metadata part on top of the file itself.
        var bodyLimit = limit + (64 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (context.Request.ContentLength > bodyLimit)
        {
            return (null, TooLarge(limit));
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) || mediaType.MediaType.Value is not { } type)
        {
            return (null, Unsupported(context.Request.ContentType));
        }

        if (type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(context, mediaType, limit, cancellationToken);
        }

        if (!IsDocumentType(type))
        {
            return (null, Unsupported(type));
        }

        byte[]? content;
        try
        {
            content = await ReadLimitedAsync(context.Request.Body, limit, cancellationToken, context.Request.ContentLength);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A chunked body has no length to refuse up front: Kestrel's own limit may trip inside a read, and the
            // client is owed the same answer as for a declared length.
            content = null;
        }

        if (content is null)
        {
            return (null, TooLarge(limit));
        }

        var query = context.Request.Query;
        var fileName = ContentDispositionHeaderValue.TryParse(context.Request.Headers.ContentDisposition.ToString(), out var raw) ? FileNameOf(raw) : null;
        return ParseMetadata(content, type, query["direction"], query["paymentStatus"], query["externalId"], fileName);
    }

    private static async Task<(Upload?, IResult?)> ReadMultipartAsync(HttpContext context, MediaTypeHeaderValue mediaType, long limit, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, Problem(400, "Malformed multipart body", "The multipart Content-Type has no boundary."));
        }

        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = limit };
        byte[]? file = null;
        string? fileType = null;
        string? fileName = null;
        UploadMetadata? metadata = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (name == "file")
                {
                    file = await ReadLimitedAsync(section.Body, limit, cancellationToken);
                    if (file is null)
                    {
                        return (null, TooLarge(limit));
                    }

                    fileType = MediaTypeHeaderValue.TryParse(section.ContentType, out var partType) ? partType.MediaType.Value : null;
                    fileName = FileNameOf(disposition);
                }
                else if (name == "metadata")
                {
                    var json = await ReadLimitedAsync(section.Body, 16 * 1024, cancellationToken);
                    metadata = json is null ? null : JsonSerializer.Deserialize<UploadMetadata>(json);
                }
            }
        }
        catch (JsonException exception)
        {
            return (null, Problem(400, "Malformed metadata", $"The metadata part is not valid JSON: {exception.Message}"));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
        catch (InvalidDataException exception)
        {
            return (null, exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(limit)
                : Problem(400, "Malformed multipart body", exception.Message));
        }

        if (file is null)
        {
            return (null, Problem(400, "No file", "The multipart body has no part named 'file'."));
        }

        fileType ??= "application/octet-stream";
        if (!IsDocumentType(fileType))
        {
            return (null, Unsupported(fileType));
        }

        return ParseMetadata(file, fileType, metadata?.Direction, metadata?.PaymentStatus, metadata?.ExternalId, fileName);
    }

    /// <summary>The file name a client gave (for the intake log), without any path it carried.</summary>
    private static string? FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        return string.IsNullOrWhiteSpace(name) ? null : Path.GetFileName(name.Replace('\\', '/'));
    }

    private static (Upload?, IResult?) ParseMetadata(
        byte[] content, string contentType, string? direction, string? paymentStatus, string? externalId, string? fileName)
    {
        if (!ApiValues.TryParseDirection(direction, out var parsedDirection))
        {
            return (null, Problem(400, "Invalid direction", $"direction must be 'purchase' or 'sales', not '{direction}'."));
        }

        if (!ApiValues.TryParsePaymentStatus(paymentStatus, out var parsedStatus))
        {
            return (null, Problem(400, "Invalid payment status", $"paymentStatus must be 'unknown' or 'paid', not '{paymentStatus}'."));
        }

        if (externalId is { Length: > 200 })
        {
            return (null, Problem(400, "Invalid external id", "externalId has at most 200 characters."));
        }

        if (content.Length == 0)
        {
            return (null, Problem(422, "Empty document", "The request carried no document bytes."));
        }

        return (new Upload(content, contentType, parsedDirection, parsedStatus, string.IsNullOrWhiteSpace(externalId) ? null : externalId, fileName), null);
    }

    /// <summary>The whole stream, or null as soon as it exceeds the limit (without reading the rest).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken, long? declaredLength = null)
    {
        if (declaredLength is { } length && length <= Math.Min(limit, PreallocatedBodyBytes))
        {
            // Kestrel holds the body to its declared length (a short one fails the request), so it goes straight into an
            // array of that size. Only for modest sizes: a slow client announcing megabytes must not get them allocated
            // before it sends them.
            var content = new byte[length];
            var filled = 0;
            int count;
            while (filled < content.Length && (count = await body.ReadAsync(content.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += count;
            }

            return filled == content.Length ? content : content[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static bool IsDocumentType(string type) =>
        _xmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase)
        || type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
        || _imageTypes.Contains(type, StringComparer.OrdinalIgnoreCase);

    private static IResult TooLarge(long limit) =>
        Problem(413, "Document too large", $"Documents may have at most {limit} bytes ({limit / (1024 * 1024)} MB).");

    private static IResult Unsupported(string? type) =>
        Problem(415, "Unsupported media type",
            $"'{type}' is not accepted. Send application/xml, text/xml or application/pdf, a scan as image/png, image/jpeg or image/tiff, or multipart/form-data with a 'file' part.");

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
}
