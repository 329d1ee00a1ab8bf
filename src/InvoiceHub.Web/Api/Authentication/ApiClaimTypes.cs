namespace InvoiceHub.Web.Api.Authentication;

/// <summary>Claims of a connector client's principal.</summary>
internal static class ApiClaimTypes
{
    /// <summary>The credential id; present only on connector principals.</summary>
    public const string ApiClient = "api_client";
}
