using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Editing.CreateParty;
using InvoiceHub.Invoices.Editing.RejectDocument;
using InvoiceHub.Invoices.Editing.UpdateDocument;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Api.Documents;

/// <summary>
/// Completing, archiving and rejecting in-progress documents over REST, for signed-in people (cookie) and connector
/// credentials (API key) alike; the same handlers as the invoice form and the queue pages.
/// </summary>
internal static class DocumentEditingEndpoints
{
    public static void MapDocumentEditingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var people = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser().Build();
        var documents = endpoints.MapGroup("/api/v1/documents")
            .RequireAuthorization(people)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .DisableAntiforgery()
            .WithTags("Documents");

        documents.MapPut("/{id:guid}", UpdateAsync).WithValidation<UpdateDocumentInput>().DeclaresEditStatuses()
            .ProducesValidationProblem()
            .WithSummary("Completes an in-progress document: fields and account assignment (it stays in progress).")
            .WithDescription("200: saved. 400: invalid fields (errors). 403: read-only role. 404: no such document. 409: not in progress. 422: refused (closed period, unknown tax key, number taken, partyId not a supplier/customer of the tenant).");
        documents.MapPost("/{id:guid}/archive", ArchiveAsync).DeclaresEditStatuses()
            .WithSummary("Archives an in-progress document with the next gap-free internal number.")
            .WithDescription("200: archived. 403: without 'invoices.import-purchase-into-archive' (purchase) or 'invoices.archive-sales-without-delivery' (sales). 404, 409: not in progress. 422: incomplete (errors name each field).");
        documents.MapPost("/{id:guid}/party", CreatePartyAsync).DeclaresEditStatuses()
            .WithSummary("Creates the supplier (purchase) or customer (sales) from the invoice's data and links it; an existing party with the same identifiers is linked instead.")
            .WithDescription("200: linked (the document). 403: read-only role. 404. 409: not in progress. 422: already linked, no invoice data, or the identifiers contradict a party (errors.partyId).");
        documents.MapPost("/{id:guid}/reject", RejectAsync).WithValidation<RejectDocumentInput>().DeclaresEditStatuses()
            .ProducesValidationProblem()
            .WithSummary("Takes an in-progress document out of the queue into the rejected list, with a reason; nothing is deleted.")
            .WithDescription("200: rejected. 400: reason missing. 403, 404, 409.");
    }

    private static async Task<IResult> UpdateAsync(Guid id, UpdateDocumentInput input, HttpContext context, UpdateDocumentHandler handler, CancellationToken cancellationToken) =>
        Actors.For(context) is { } actor ? Answer(await handler.HandleAsync(actor, id, input, cancellationToken)) : NoTenant();

    private static async Task<IResult> ArchiveAsync(Guid id, HttpContext context, ArchiveDocumentHandler handler, CancellationToken cancellationToken) =>
        Actors.For(context) is { } actor ? Answer(await handler.ArchiveAsync(actor, id, cancellationToken)) : NoTenant();

    private static async Task<IResult> CreatePartyAsync(Guid id, HttpContext context, CreatePartyFromDocumentHandler handler, CancellationToken cancellationToken) =>
        Actors.For(context) is { } actor ? Answer(await handler.HandleAsync(actor, id, cancellationToken)) : NoTenant();

    private static async Task<IResult> RejectAsync(Guid id, RejectDocumentInput input, HttpContext context, RejectDocumentHandler handler, CancellationToken cancellationToken) =>
        Actors.For(context) is { } actor ? Answer(await handler.HandleAsync(actor, id, input, cancellationToken)) : NoTenant();

    private static IResult Answer(EditOutcome outcome) => outcome.Kind switch
    {
        EditOutcomeKind.Done => TypedResults.Ok(DocumentResponse.From(outcome.Document!)),
        EditOutcomeKind.NotFound => UploadReader.Problem(404, "Document not found", outcome.Message!),
        EditOutcomeKind.Forbidden => UploadReader.Problem(403, "Not allowed", outcome.Message!),
        EditOutcomeKind.Conflict => UploadReader.Problem(409, "Not in progress", outcome.Message!),
        _ => UploadReader.Problem(422, "Cannot be archived or saved", outcome.Message!, new Dictionary<string, object?>
        {
            ["errors"] = outcome.Errors!.ToDictionary(e => CamelCase(e.Key), e => e.Value),
        }),
    };

    // Every editing action answers like Answer() does: the document, or one of these problems.
    private static RouteHandlerBuilder DeclaresEditStatuses(this RouteHandlerBuilder builder) => builder
        .Produces<DocumentResponse>()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static IResult NoTenant() => UploadReader.Problem(403, "No tenant", "Your account belongs to no tenant.");

    private static string CamelCase(string path) => string.Join('.', path.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName));
}
