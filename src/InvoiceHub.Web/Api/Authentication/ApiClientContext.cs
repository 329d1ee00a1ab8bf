using InvoiceHub.Accounts.ApiCredentials;

namespace InvoiceHub.Web.Api.Authentication;

/// <summary>The authenticated connector client of a request; endpoints behind <see cref="ApiPolicies.Connector"/> always have one.</summary>
internal static class ApiClientContext
{
    public static ApiClientIdentity GetApiClient(this HttpContext context) =>
        context.Items[typeof(ApiClientIdentity)] as ApiClientIdentity
        ?? throw new InvalidOperationException("No API client on this request: is the endpoint behind ApiPolicies.Connector?");
}
