using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Invoices.Reading.GetDocument;
using InvoiceHub.Invoices.Reading.GetPageImage;
using InvoiceHub.Invoices.Recognition;
using InvoiceHub.Invoices.Recognition.GetRecognition;
using InvoiceHub.Invoices.Rendering;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Document = InvoiceHub.Invoices.Documents.Document;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>The archive connector: push documents, read them back (every read is audited).</summary>
internal static class DocumentsEndpoints
{
    public static void MapDocumentsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/v1/documents")
            .RequireAuthorization(ApiPolicies.Connector)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .ProducesConnectorProblems()
            .AddEndpointFilter(DocumentResponses.NoStore)
            .WithTags("Documents");

        documents.MapPost("/", ReceiveAsync)
            .DisableAntiforgery()
            .WithSummary("Pushes one e-invoice (XML or PDF body, or multipart with 'file' and JSON 'metadata'), or a scan (PNG, JPEG, TIFF, PDF without invoice XML).")
            .WithDescription("201: stored (archived or in_progress with reasons). 202: a scan, stored; its recognition (OCR) runs as a job: poll the Location (the recognition status resource). 200: the same bytes were received before. "
                + "409: duplicate invoice number (tenant blocks duplicates), or the same bytes again with another direction, payment status or external id. 422: unreadable, invalid (with findings) or refused type. "
                + "413: over the size limit. 415: unsupported Content-Type.")
            .Produces<DocumentResponse>(StatusCodes.Status201Created)
            .Produces<RecognitionResponse>(StatusCodes.Status202Accepted)
            .Produces<DocumentResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        documents.MapGet("/", ListAsync)
            .WithSummary("Searches documents (the archive search): q, number, party, from, to, min, max, status, direction, paymentStatus, source, since; sort, order; keyset paging with after.")
            .WithDescription($"Query: q (free text), number, party, from and to (YYYY-MM-DD), min and max (amounts), status (archived, in_progress), "
                + $"direction (purchase, sales), paymentStatus, source, since (ISO 8601), sort, order (asc, desc), after (the previous page's next cursor), "
                + $"limit (1 to {ArchiveSearch.MaxLimit}, default 50). 400 names each bad parameter.")
            .Produces<DocumentPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        documents.MapGet("/{id:guid}", GetAsync).WithSummary("One document with its reasons, findings and party match.")
            .Produces<DocumentResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{id:guid}/recognition", GetRecognitionAsync)
            .WithSummary("The recognition (OCR) of a scan: pending, done or failed; once done its fields with confidences and boxes, and the text.")
            .Produces<RecognitionResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{id:guid}/original", GetOriginalAsync).WithSummary("The original bytes, exactly as received.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/xml", "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{id:guid}/rendered", GetRenderedAsync).WithSummary("The invoice rendered as HTML for people.")
            .Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{id:guid}/pages/{n:int}", GetPageAsync)
            .WithSummary("Page n (1-based) of a PDF or scanned original as a PNG image for people, at most 1600 pixels on its longer side.")
            .WithDescription($"The response's {DocumentResponses.PageCountHeader} header says how many pages the original has. 404: no such document, page number out of range, "
                + "or invoice XML (no pages; see /rendered). 422: the original cannot be shown (corrupt, encrypted, over a limit, or too slow to render).")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        documents.MapGet("/{id:guid}/attachments/{n:int}", GetAttachmentAsync).WithSummary("The n-th embedded attachment (1-based), decoded.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapDocumentEditingEndpoints();
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, ReceiveDocumentHandler handler, IntakeLogWriter intakeLog, IOptions<ConnectorSettings> settings, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        var (upload, problem) = await UploadReader.ReadAsync(context, settings.Value, cancellationToken);
        if (upload is null)
        {
            // Refused before intake (too large, wrong type, malformed): the intake log still tells the sender why.
            if (problem is ProblemHttpResult { ProblemDetails: var details })
            {
                await intakeLog.RecordAsync(new IntakeRefusalRecord(
                    client.TenantId, client.Username, "api", RefusalKinds.OfStatus(details.Status ?? 400), details.Title ?? "Refused", details.Detail,
                    ContentType: context.Request.ContentType, Size: context.Request.ContentLength), cancellationToken);
            }

            return problem!;
        }

        var outcome = await handler.HandleAsync(
            new ReceiveDocumentCommand(client.TenantId, client.Username, upload.Content, upload.ContentType, upload.Direction, upload.PaymentStatus,
                upload.ExternalId, upload.FileName),
            cancellationToken);

        return outcome.Kind switch
        {
            ReceiveOutcomeKind.Created => TypedResults.Created($"/api/v1/documents/{outcome.Document!.Id}", DocumentResponse.From(outcome.Document)),
            ReceiveOutcomeKind.Accepted => Accepted(context, outcome.Document!),
            ReceiveOutcomeKind.AlreadyReceived => TypedResults.Ok(DocumentResponse.From(outcome.Document!)),
            ReceiveOutcomeKind.Duplicate or ReceiveOutcomeKind.ResentWithOtherMetadata => UploadReader.Problem(409, outcome.Title!, outcome.Detail!,
                new Dictionary<string, object?> { ["existingDocumentId"] = outcome.ExistingDocumentId }),
            ReceiveOutcomeKind.Invalid => UploadReader.Problem(422, outcome.Title!, outcome.Detail!, new Dictionary<string, object?>
            {
                ["syntax"] = outcome.Syntax,
                ["profile"] = outcome.Profile,
                ["findings"] = outcome.Findings?.Select(f => new FindingResponse(f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Location)),
            }),
            _ => UploadReader.Problem(422, outcome.Title!, outcome.Detail!),
        };
    }

    private static IResult Accepted(HttpContext context, Document document)
    {
        // A recognition takes seconds per page: a client polling sooner only costs both sides a request.
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Accepted(RecognitionResponse.PathOf(document.Id), RecognitionResponse.From(document, null));
    }

    private static async Task<IResult> GetRecognitionAsync(Guid id, HttpContext context, RecognitionStatusHandler recognitions, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await recognitions.GetAsync(client.TenantId, id, client.Username, cancellationToken) is not { } found)
        {
            return UploadReader.Problem(404, "No recognition", $"There is no scanned document {id} (documents read from invoice XML have no recognition).");
        }

        if (found.Recognition.Status == RecognitionStatus.Pending)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        return TypedResults.Ok(RecognitionResponse.From(found.Document, found.Recognition));
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, SearchArchiveHandler search, [AsParameters] ArchiveQuery query, CancellationToken cancellationToken)
    {
        // The REST list keeps its original order (oldest first) unless asked otherwise.
        var (request, errors) = query.ToSearch(context.GetApiClient().TenantId, newestFirstByDefault: false, defaultLimit: 50);
        var result = request is null ? null : await search.HandleAsync(request, cancellationToken);
        if (result?.Page is not { } page)
        {
            return InvalidSearch(result?.Errors ?? errors);
        }

        return TypedResults.Ok(new DocumentPage([.. page.Items.Select(DocumentResponse.From)], page.Next));
    }

    private static IResult InvalidSearch(IReadOnlyDictionary<string, string> errors) => TypedResults.ValidationProblem(
        errors.ToDictionary(e => e.Key, e => new[] { e.Value }), detail: string.Join(" ", errors.Values), title: "Invalid filter");

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, GetDocumentHandler documents, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        return await documents.GetAsync(client.TenantId, id, client.Username, "read", cancellationToken) is { } document
            ? TypedResults.Ok(DocumentResponse.From(document))
            : NotFound(id);
    }

    private static async Task<IResult> GetOriginalAsync(Guid id, HttpContext context, GetDocumentHandler documents, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await documents.GetOriginalAsync(client.TenantId, id, client.Username, cancellationToken) is not { } original)
        {
            return NotFound(id);
        }

        // Served as what the bytes are, never as the type the client sent (which could be image/svg+xml or text/html).
        var type = DocumentResponses.DetectedType(original.Content);
        var name = original.Document.InternalNumber ?? original.Document.Id.ToString();
        return TypedResults.Bytes(original.Content, type, fileDownloadName: $"{name}{DocumentResponses.ExtensionOf(type)}");
    }

    private static async Task<IResult> GetRenderedAsync(
        Guid id, HttpContext context, GetDocumentHandler documents, ViewRenderer views, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await documents.GetInvoiceAsync(client.TenantId, id, client.Username, "read-rendered", cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        var (document, invoice) = found;
        var rendering = new InvoiceRendering(invoice, document.InternalNumber, $"/api/v1/documents/{id}/attachments/");
        // The rendering holds untrusted text, encoded by Razor; its own policy (which wins over the site's) allows
        // its stylesheet and nothing that runs.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        return TypedResults.Content(await views.RenderAsync(context, "/Pages/Shared/_InvoiceDocument.cshtml", rendering), "text/html; charset=utf-8");
    }

    private static async Task<IResult> GetAttachmentAsync(Guid id, int n, HttpContext context, GetDocumentHandler documents, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await documents.GetEmbeddedAttachmentAsync(client.TenantId, id, n, client.Username, cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        if (found.Attachment is not { } attachment)
        {
            return UploadReader.Problem(404, "No such attachment", $"Document {id} has {found.Count} embedded attachment(s); ask for 1 to {found.Count}.");
        }

        var (type, name) = DocumentResponses.Attachment(attachment.MimeCode, attachment.FileName, $"attachment-{n}");
        return TypedResults.Bytes(attachment.Content.ToArray(), type, name);
    }

    private static async Task<IResult> GetPageAsync(Guid id, int n, HttpContext context, GetPageImageHandler pages, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        var page = await pages.GetAsync(client.TenantId, id, n, client.Username, cancellationToken);
        if (page.Pages > 0)
        {
            context.Response.Headers[DocumentResponses.PageCountHeader] = page.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return page.Kind switch
        {
            PageImageResultKind.Found => TypedResults.Bytes(page.Png!, "image/png"),
            PageImageResultKind.NoPages => UploadReader.Problem(404, "No page images",
                $"Document {id} is invoice XML: it has no pages. Its rendering for people is /api/v1/documents/{id}/rendered."),
            PageImageResultKind.NoSuchPage => UploadReader.Problem(404, "No such page", page.Pages > 0
                ? $"Document {id} has {page.Pages} page(s); ask for 1 to {page.Pages}."
                : $"Document {id} has no page {n}."),
            PageImageResultKind.Unreadable => UploadReader.Problem(422, "The page cannot be shown", $"Document {id}: {page.Error}."),
            _ => NotFound(id),
        };
    }

    // Another tenant's document is answered exactly like one that does not exist.
    private static IResult NotFound(Guid id) => UploadReader.Problem(404, "Document not found", $"There is no document {id}.");
}
