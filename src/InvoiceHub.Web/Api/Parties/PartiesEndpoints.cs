using System.Globalization;
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
            .WithTags("Parties");

        parties.MapPut("/{externalId}", UpsertAsync)
            .WithSummary("Creates or replaces a customer or supplier by the billing software's id (201 created, 200 updated or unchanged, 422 with per-field errors).");
        parties.MapPost("/batch", BatchAsync)
            .WithSummary($"Upserts up to {UpsertPartyHandler.MaxBatchSize} parties; each record is stored or refused on its own, the answer lists the refused ones.");
        parties.MapGet("/{externalId}", GetAsync).WithSummary("One party by its external id.");
        parties.MapGet("/", ListAsync)
            .WithSummary("Parties changed since a moment (updated_at >= since), oldest first, in pages: follow nextCursor until it is null.");
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
        string? since, string? cursor, string? kind, int? limit, HttpContext context, ListPartiesHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                from = parsed;
            }
            else
            {
                errors["since"] = [$"must be an ISO 8601 timestamp such as 2026-01-31T12:00:00Z (got '{since}')"];
            }
        }

        PartyCursor? after = null;
        if (cursor is not null)
        {
            if (PartyCursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                errors["cursor"] = ["is not a cursor this API handed out; pass nextCursor of the previous page unchanged"];
            }
        }

        PartyKind? kindFilter = null;
        if (kind is not null)
        {
            if (PartyKinds.TryParse(kind, out var parsedKind))
            {
                kindFilter = parsedKind;
            }
            else
            {
                errors["kind"] = [$"must be \"customer\" or \"supplier\" (got '{kind}')"];
            }
        }

        if (limit is < 1 or > ListPartiesHandler.MaxLimit)
        {
            errors["limit"] = [$"must be between 1 and {ListPartiesHandler.MaxLimit} (got {limit})"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid query",
            });
        }

        var page = await handler.HandleAsync(
            context.GetApiClient().TenantId, from, after, kindFilter, limit ?? ListPartiesHandler.DefaultLimit, cancellationToken);
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
