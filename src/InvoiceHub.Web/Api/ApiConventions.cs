namespace InvoiceHub.Web.Api;

/// <summary>What every connector operation may answer besides its own outcomes, declared once per group.</summary>
internal static class ApiConventions
{
    /// <summary>401 without a valid key, 429 over the credential's rate limit.</summary>
    public static RouteGroupBuilder ProducesConnectorProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>401 when not signed in, 403 for a signed-in user who is not an Admin.</summary>
    public static RouteGroupBuilder ProducesAdminProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
