using InvoiceHub.Accounts.Users;
using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Retention.DeleteExpired;
using InvoiceHub.Invoices.Retention.ListReviews;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Identity;

namespace InvoiceHub.Web.Api.Retention;

/// <summary>The admin API of retention: the documents listed for deletion, and the confirmed deletion (the page's handlers).</summary>
internal static class RetentionEndpoints
{
    public static void MapRetentionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/admin/tenants/{tenantId:guid}/retention")
            .WithTags("Admin: retention")
            .RequireAuthorization(AuthorizationPolicies.Admin);
        admin.MapGet("/", async (Guid tenantId, int? page, HttpContext context, ListRetentionReviewsHandler handler, CancellationToken ct) =>
                IsMember(context, tenantId) ? Results.Ok(RetentionListResponse.From(await handler.HandleAsync(tenantId, page ?? 1, ct))) : Results.NotFound())
            .WithSummary("Documents past their retention period, listed by the retention review, oldest end first; 50 a page.")
            .Produces<RetentionListResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/{documentId:guid}/delete", async (Guid tenantId, Guid documentId, DeletionRequest? request, HttpContext context,
                DeleteExpiredDocumentHandler handler, CancellationToken ct) =>
            {
                if (!IsMember(context, tenantId))
                {
                    return Results.NotFound();
                }

                var outcome = await handler.HandleAsync(tenantId, context.User.Identity?.Name ?? "unknown", documentId, request?.Reason, ct);
                return outcome.Kind switch
                {
                    EditOutcomeKind.Done => Results.NoContent(),
                    EditOutcomeKind.NotFound => UploadReader.Problem(404, "Document not found", outcome.Message!),
                    EditOutcomeKind.Invalid => Results.ValidationProblem(
                        outcome.Errors!.ToDictionary(e => e.Key == DeleteExpiredDocumentHandler.ReasonField ? "reason" : e.Key, e => e.Value),
                        title: "A deletion needs a reason"),
                    _ => UploadReader.Problem(409, "Cannot be deleted", outcome.Message!),
                };
            })
            .WithSummary("Deletes a document whose retention period has ended (record, original, attachments, OCR data), with a reason; audited. "
                + "409 while it is under retention or its delivery to the accountant is unfinished.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static bool IsMember(HttpContext context, Guid tenantId) =>
        context.User.HasClaim(AccountClaimTypes.Tenant, tenantId.ToString());
}

/// <summary>Why a document is deleted; written to the audit trail.</summary>
internal sealed record DeletionRequest(string? Reason);
