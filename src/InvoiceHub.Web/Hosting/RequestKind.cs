namespace InvoiceHub.Web.Hosting;

/// <summary>Tells machine clients (API, curl, health probes) from browsers, which get HTML pages instead of problem JSON.</summary>
internal static class RequestKind
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/api/reference");

    public static bool WantsHtml(HttpContext context) =>
        !IsApi(context)
        && context.Request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
