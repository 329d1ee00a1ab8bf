using InvoiceHub.Invoices.Export;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Api.Documents;

namespace InvoiceHub.Web.Api.Export;

/// <summary>The pull feed for accounting systems: archived invoices until acknowledged, then never again.</summary>
internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/api/v1/export")
            .RequireAuthorization(ApiPolicies.Connector)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .ProducesConnectorProblems()
            .WithTags("Export feed");

        export.MapGet("/", async Task<IResult> (HttpContext context, ExportFeed feed, CancellationToken cancellationToken) =>
            {
                var query = new QueryParameters(context.Request.Query);
                var cursor = query.Cursor("cursor");
                var limit = query.Limit("limit", 100, ExportFeed.MaxLimit);
                if (query.Problem is { } problem)
                {
                    return problem;
                }

                var (items, next) = await feed.PendingAsync(context.GetApiClient().TenantId, cursor ?? 0, limit, cancellationToken);
                return TypedResults.Ok(new ExportPage([.. items.Select(DocumentResponse.From)], next));
            })
            .WithSummary("Archived documents not yet acknowledged, in archive order. Start each poll without a cursor.")
            .WithDescription($"Query: cursor (nextCursor of the previous page), limit (1 to {ExportFeed.MaxLimit}, default 100).")
            .Produces<ExportPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        export.MapPost("/ack", async (HttpContext context, ExportFeed feed, AcknowledgeRequest request, CancellationToken cancellationToken) =>
            {
                if (request.Ids is not { Count: > 0 and <= 1000 })
                {
                    return UploadReader.Problem(400, "Invalid acknowledgement", "Send {\"ids\": [...]} with 1 to 1000 document ids.");
                }

                var client = context.GetApiClient();
                var acknowledged = await feed.AcknowledgeAsync(client.TenantId, request.Ids, client.Username, cancellationToken);
                return TypedResults.Ok(new AcknowledgeResponse(acknowledged));
            })
            .DisableAntiforgery()
            .WithSummary("Marks documents as exported: they will never be delivered again.")
            .Produces<AcknowledgeResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}

/// <summary>A page of the export feed; pass <c>nextCursor</c> as <c>cursor</c> for the rest of this poll.</summary>
internal sealed record ExportPage(IReadOnlyList<DocumentResponse> Items, long? NextCursor);

/// <summary>The documents an accounting system has booked.</summary>
internal sealed record AcknowledgeRequest(IReadOnlyList<Guid>? Ids);

/// <summary>The ids acknowledged by this call (ids already acknowledged, or unknown, are not listed).</summary>
internal sealed record AcknowledgeResponse(IReadOnlyList<Guid> Acknowledged);
