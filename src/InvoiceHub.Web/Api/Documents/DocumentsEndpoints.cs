using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Queries;
using InvoiceHub.Invoices.Reading.GetDocument;
using InvoiceHub.Invoices.Rendering;
using InvoiceHub.Web.Api.Authentication;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>The archive connector: push documents, read them back (every read is audited).</summary>
internal static class DocumentsEndpoints
{
    public static void MapDocumentsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/v1/documents")
            .RequireAuthorization(ApiPolicies.Connector)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .WithTags("Documents");

        documents.MapPost("/", ReceiveAsync)
            .DisableAntiforgery()
            .WithSummary("Pushes one e-invoice (XML or PDF body, or multipart with 'file' and JSON 'metadata').")
            .WithDescription("201: stored (archived or in_progress with reasons). 200: the same bytes were received before. "
                + "409: duplicate invoice number (tenant blocks duplicates). 422: unreadable, invalid (with findings) or refused type. "
                + "413: over the size limit. 415: unsupported Content-Type.");
        documents.MapGet("/", ListAsync).WithSummary("Lists documents: filters status, direction, number, party, since; keyset paging with after.");
        documents.MapGet("/{id:guid}", GetAsync).WithSummary("One document with its reasons, findings and party match.");
        documents.MapGet("/{id:guid}/original", GetOriginalAsync).WithSummary("The original bytes, exactly as received.");
        documents.MapGet("/{id:guid}/rendered", GetRenderedAsync).WithSummary("The invoice rendered as HTML for people.");
        documents.MapGet("/{id:guid}/attachments/{n:int}", GetAttachmentAsync).WithSummary("The n-th embedded attachment (1-based), decoded.");
        endpoints.MapDocumentEditingEndpoints();
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, ReceiveDocumentHandler handler, IOptions<ConnectorSettings> settings, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        var (upload, problem) = await UploadReader.ReadAsync(context, settings.Value, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        var outcome = await handler.HandleAsync(
            new ReceiveDocumentCommand(client.TenantId, client.Username, upload.Content, upload.ContentType, upload.Direction, upload.PaymentStatus, upload.ExternalId),
            cancellationToken);

        return outcome.Kind switch
        {
            ReceiveOutcomeKind.Created => TypedResults.Created($"/api/v1/documents/{outcome.Document!.Id}", DocumentResponse.From(outcome.Document)),
            ReceiveOutcomeKind.AlreadyReceived => TypedResults.Ok(DocumentResponse.From(outcome.Document!)),
            ReceiveOutcomeKind.Duplicate => UploadReader.Problem(409, outcome.Title!, outcome.Detail!,
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

    private static async Task<IResult> ListAsync(
        HttpContext context, DocumentQueries queries, string? status, string? direction, string? number, string? party,
        DateTimeOffset? since, Guid? after, int? limit, CancellationToken cancellationToken)
    {
        if (!ApiValues.TryParseStatus(status, out var statusFilter) || !ApiValues.TryParseDirection(direction, out var directionFilter))
        {
            return UploadReader.Problem(400, "Invalid filter", "status is archived or in_progress; direction is purchase or sales.");
        }

        var (page, next) = await queries.ListAsync(
            new DocumentQuery(context.GetApiClient().TenantId, statusFilter, directionFilter, number, party, since, after, limit ?? 50), cancellationToken);
        return TypedResults.Ok(new DocumentPage([.. page.Select(DocumentResponse.From)], next));
    }

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
        return await documents.GetOriginalAsync(client.TenantId, id, client.Username, cancellationToken) is { } original
            ? TypedResults.Bytes(original.Content, original.Document.ContentType, fileDownloadName: original.FileName)
            : NotFound(id);
    }

    private static async Task<IResult> GetRenderedAsync(Guid id, HttpContext context, GetDocumentHandler documents, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await documents.GetInvoiceAsync(client.TenantId, id, client.Username, "read-rendered", cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        var (document, invoice) = found;
        // The rendering holds untrusted text (encoded); forbid scripts outright for this response.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        return TypedResults.Content(InvoiceHtmlRenderer.Render(invoice, document.InternalNumber), "text/html; charset=utf-8");
    }

    private static async Task<IResult> GetAttachmentAsync(Guid id, int n, HttpContext context, GetDocumentHandler documents, CancellationToken cancellationToken)
    {
        var client = context.GetApiClient();
        if (await documents.GetInvoiceAsync(client.TenantId, id, client.Username, $"read-attachment-{n}", cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        var attachments = found.Invoice.SupportingDocuments.Where(s => s.Attachment is not null).ToList();
        if (n < 1 || n > attachments.Count)
        {
            return UploadReader.Problem(404, "No such attachment", $"Document {id} has {attachments.Count} embedded attachment(s); ask for 1 to {attachments.Count}.");
        }

        var attachment = attachments[n - 1].Attachment!;
        return TypedResults.Bytes(attachment.Content.ToArray(), attachment.MimeCode ?? "application/octet-stream", attachment.FileName);
    }

    // Another tenant's document is answered exactly like one that does not exist.
    private static IResult NotFound(Guid id) => UploadReader.Problem(404, "Document not found", $"There is no document {id}.");
}
