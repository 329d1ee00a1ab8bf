using Microsoft.Net.Http.Headers;

namespace InvoiceHub.Web.Hosting;

/// <summary>Standard hardening headers on every response.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Razor pages use only our own scripts and styles. The Hangfire dashboard and the API reference ship inline
    // scripts and styles, so they get a looser policy of their own.
    private const string StrictPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'self'; object-src 'none'";

    private const string ToolPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        + "font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // A response that set its own policy (the rendered invoice: its inline style, no scripts at all) keeps it.
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy =
                    path.StartsWithSegments("/admin/jobs") || path.StartsWithSegments("/api/reference") ? ToolPolicy : StrictPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
