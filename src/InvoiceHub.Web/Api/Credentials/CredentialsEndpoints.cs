using System.Text.Json;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvoiceHub.Web.Api.Credentials;

/// <summary>Admins manage their tenants' connector credentials; connector clients can check theirs.</summary>
internal static class CredentialsEndpoints
{
    public static void MapCredentialsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/admin/tenants/{tenantId:guid}/credentials")
            .RequireAuthorization(ApiPolicies.Admin)
            .ProducesAdminProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Admin: API credentials");

        admin.MapGet("/", ListAsync).WithSummary("Lists a tenant's connector credentials (never their keys).");
        admin.MapPost("/", CreateAsync).WithSummary("Creates a credential; the answer holds the API key, shown this once.")
            .WithValidation<NewCredential>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{credentialId:guid}/regenerate", RegenerateAsync).WithSummary("Replaces the key; the old one stops working at once. 409 for a revoked credential.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapDelete("/{credentialId:guid}", RevokeAsync).WithSummary("Revokes the credential.");
        admin.MapPut("/{credentialId:guid}/permissions", SetPermissionsAsync)
            .WithSummary("Replaces what the credential may do beyond pushing: the archive permissions ('invoices.import-purchase-into-archive', 'invoices.archive-sales-without-delivery').")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        endpoints.MapGet("/api/v1/connector/whoami", (HttpContext context) =>
            {
                var client = context.GetApiClient();
                return TypedResults.Ok(new WhoAmIResponse(client.Username, client.TenantId));
            })
            .RequireAuthorization(ApiPolicies.Connector)
            .RequireRateLimiting(ApiPolicies.RateLimiter)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("Connector")
            .WithSummary("Tells a connector client who it is: a cheap way to test credentials.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CredentialResponse>>, NotFound>> ListAsync(
        Guid tenantId, HttpContext context, ApiCredentialService credentials, CancellationToken cancellationToken)
    {
        if (!IsAdminOf(context, tenantId))
        {
            return TypedResults.NotFound();
        }

        var list = await credentials.ListAsync(tenantId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CredentialResponse>>([.. list.Select(CredentialResponse.From)]);
    }

    private static async Task<Results<Created<IssuedApiKey>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid tenantId, NewCredential request, HttpContext context, ApiCredentialService credentials, CancellationToken cancellationToken)
    {
        if (!IsAdminOf(context, tenantId))
        {
            return TypedResults.NotFound();
        }

        // The validation filter has checked the body already; the service checks again for its other callers.
        var result = await credentials.IssueAsync(tenantId, request, Actor(context), cancellationToken);
        if (result.Value is { } issued)
        {
            return TypedResults.Created($"/api/v1/admin/tenants/{tenantId}/credentials/{issued.CredentialId}", issued);
        }

        return result.Conflict
            ? TypedResults.Problem(statusCode: 409, title: "User name taken", detail: result.Errors.Values.First())
            : TypedResults.ValidationProblem(result.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                title: "The request has invalid fields", detail: "See errors: each field with what is wrong.");
    }

    private static async Task<Results<Ok<IssuedApiKey>, NotFound, ProblemHttpResult>> RegenerateAsync(
        Guid tenantId, Guid credentialId, HttpContext context, ApiCredentialService credentials, CancellationToken cancellationToken)
    {
        if (!IsAdminOf(context, tenantId) || await credentials.RegenerateAsync(tenantId, credentialId, Actor(context), cancellationToken) is not { } outcome)
        {
            return TypedResults.NotFound();
        }

        return outcome.Issued is { } issued
            ? TypedResults.Ok(issued)
            : TypedResults.Problem(statusCode: 409, title: "Credential revoked",
                detail: $"Credential {credentialId} is revoked and stays revoked. Create a new credential instead.");
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        Guid tenantId, Guid credentialId, HttpContext context, ApiCredentialService credentials, CancellationToken cancellationToken) =>
        IsAdminOf(context, tenantId) && await credentials.RevokeAsync(tenantId, credentialId, Actor(context), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CredentialResponse>, NotFound, ProblemHttpResult>> SetPermissionsAsync(
        Guid tenantId, Guid credentialId, CredentialPermissionsRequest request, HttpContext context, ApiCredentialService credentials, CancellationToken cancellationToken)
    {
        if (!IsAdminOf(context, tenantId)
            || await credentials.SetPermissionsAsync(tenantId, credentialId, request.Permissions, Actor(context), cancellationToken) is not { } result)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } credential
            ? TypedResults.Ok(CredentialResponse.From(credential))
            : TypedResults.Problem(statusCode: 400, title: "Unknown permission", detail: result.Errors["Permissions"]);
    }

    // Another tenant's data is answered as not found, never as forbidden: its existence is not ours to reveal.
    // Roles belong to memberships: an Admin of one tenant may be only a Bookkeeper of another.
    private static bool IsAdminOf(HttpContext context, Guid tenantId) =>
        context.User.FindAll(AccountClaimTypes.AdminOfTenant).Any(claim => claim.Value == tenantId.ToString());

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "unknown";
}

/// <summary>Body of a permission change: the complete list the credential holds afterwards.</summary>
internal sealed record CredentialPermissionsRequest(IReadOnlyList<string>? Permissions);

/// <summary>A credential as listed: never with its key.</summary>
internal sealed record CredentialResponse(
    Guid Id, string Username, string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RegeneratedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt,
    IReadOnlyList<string> Permissions)
{
    public static CredentialResponse From(ApiCredential credential) =>
        new(credential.Id, credential.Username, credential.KeyId, credential.CreatedAt, credential.RegeneratedAt, credential.RevokedAt, credential.LastUsedAt,
            credential.Permissions);
}

/// <summary>The calling connector client.</summary>
internal sealed record WhoAmIResponse(string Username, Guid TenantId);
