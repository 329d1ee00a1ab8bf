using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Api.Authentication;

/// <summary>API-key authentication, the connector policies and the per-credential rate limit.</summary>
internal static class ConnectorApiSetup
{
    public static IServiceCollection AddConnectorApi(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ConnectorSettings.Section).Get<ConnectorSettings>() ?? new ConnectorSettings();
        services.Configure<ConnectorSettings>(configuration.GetSection(ConnectorSettings.Section));

        services.AddSingleton<ApiKeyFailureThrottle>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ApiPolicies.Configure);

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ApiPolicies.RateLimiter, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirst(ApiClaimTypes.ApiClient)?.Value ?? "anonymous",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "1";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This credential may make {settings.RequestsPerSecond} requests per second (bursts of {settings.Burst}). Retry after a second.",
                    },
                });
            };
        });
        return services;
    }
}
