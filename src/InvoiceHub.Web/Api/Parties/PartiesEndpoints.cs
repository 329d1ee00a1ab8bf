using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Sync.GetParty;
using InvoiceHub.Parties.Sync.ListParties;
using InvoiceHub.Parties.Sync.UpsertParty;
using InvoiceHub.Web.Api.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvoiceHub.Web.Api.Parties;

/// <summary>Master-data sync for connector clients: customers and suppliers in, the change feed out.</summary>
internal static class PartiesEndpoints
{
    public static void MapPartiesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var parties = endpoints.MapGroup("/api/v1/parties")
            .RequireAuthorization(ApiPolicies.Connector)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .ProducesConnectorProblems()
            .WithTags("Parties");

        parties.MapPut("/{externalId}", UpsertAsync)
            .WithSummary("Creates or replaces a customer or supplier by the billing software's id (201 created, 200 updated or unchanged, 422 with per-field errors).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        parties.MapPost("/batch", BatchAsync)
            .WithSummary($"Upserts up to {UpsertPartyHandler.MaxBatchSize} parties; each record is stored or refused on its own, the answer lists the refused ones.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        parties.MapGet("/{externalId}", GetAsync).WithSummary("One party by its external id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        parties.MapGet("/", ListAsync)
            .WithSummary("Parties changed since a moment (updated_at >= since), oldest first, in pages: follow nextCursor until it is null.")
            .WithDescription($"Query: since (ISO 8601), cursor, kind (customer, supplier), limit (1 to {ListPartiesHandler.MaxLimit}, default {ListPartiesHandler.DefaultLimit}).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Created<PartyResponse>, Ok<PartyResponse>, ProblemHttpResult>> UpsertAsync(
        string externalId, PartyInput input, HttpContext context, UpsertPartyHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(context.GetApiClient().TenantId, externalId, input, cancellationToken);
        return result.Outcome switch
        {
            UpsertOutcome.Created => TypedResults.Created($"/api/v1/parties/{Uri.EscapeDataString(externalId)}", PartyResponse.From(result.Party!)),
            UpsertOutcome.Updated or UpsertOutcome.Unchanged => TypedResults.Ok(PartyResponse.From(result.Party!)),
            _ => Invalid(result.Errors),
        };
    }

    private static async Task<Results<Ok<BatchUpsertResult>, ProblemHttpResult>> BatchAsync(
        PartyBatchRequest request, HttpContext context, UpsertPartyHandler handler, CancellationToken cancellationToken)
    {
        if (request.Parties is not { Count: > 0 and <= UpsertPartyHandler.MaxBatchSize } inputs)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid batch",
                detail: $"The body needs \"parties\": an array of 1 to {UpsertPartyHandler.MaxBatchSize} parties, each with its externalId.");
        }

        return TypedResults.Ok(await handler.HandleBatchAsync(context.GetApiClient().TenantId, inputs, cancellationToken));
    }

    private static async Task<Results<Ok<PartyResponse>, NotFound>> GetAsync(
        string externalId, HttpContext context, GetPartyHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(context.GetApiClient().TenantId, externalId, cancellationToken) is { } party
            ? TypedResults.Ok(PartyResponse.From(party))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<PartyListResponse>, ProblemHttpResult>> ListAsync(
        HttpContext context, ListPartiesHandler handler, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(context.Request.Query);
        var from = query.Timestamp("since");
        PartyCursor? after = null;
        if (query.Text("cursor") is { } cursor)
        {
            if (PartyCursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                query.Fail("cursor", "is not a cursor this API handed out; pass nextCursor of the previous page unchanged");
            }
        }

        PartyKind? kindFilter = null;
        if (query.Text("kind") is { } kind)
        {
            if (PartyKinds.TryParse(kind, out var parsedKind))
            {
                kindFilter = parsedKind;
            }
            else
            {
                query.Fail("kind", $"must be \"customer\" or \"supplier\" (got '{kind}')");
            }
        }

        var limit = query.Limit("limit", ListPartiesHandler.DefaultLimit, ListPartiesHandler.MaxLimit);
        if (query.Problem is { } problem)
        {
            return problem;
        }

        var page = await handler.HandleAsync(context.GetApiClient().TenantId, from, after, kindFilter, limit, cancellationToken);
        return TypedResults.Ok(new PartyListResponse([.. page.Items.Select(PartyResponse.From)], page.NextCursor));
    }

    // 422, not 400: the JSON was understood, its content is what needs fixing.
    private static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The party was not stored",
            Detail = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")),
        });
}
