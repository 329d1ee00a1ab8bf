using InvoiceHub.Web.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Web.Api;

/// <summary>
/// An address under <c>/api/v1</c> that no endpoint serves. Without this, the fallback authorization policy (the
/// sign-in cookie) answered 401 to a client with a perfectly good API key, who then hunted for a key problem.
/// </summary>
internal static class ApiFallback
{
    public static void MapApiFallback(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFallback("/api/v1/{**path}", (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such API operation",
                detail: $"There is no {context.Request.Method} {context.Request.Path}. The operations are listed at /api/reference."))
            .RequireAuthorization(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .Build())
            .ExcludeFromDescription();
}
