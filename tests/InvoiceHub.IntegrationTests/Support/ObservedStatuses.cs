using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// Every (operation, status) an API endpoint answered in any test of this process, so that a test can check the
/// OpenAPI document against what the API really does.
/// </summary>
public static partial class ObservedStatuses
{
    private static readonly ConcurrentDictionary<(string Method, string Path, int Status), byte> _seen = new();

    public static IReadOnlyCollection<(string Method, string Path, int Status)> All => [.. _seen.Keys];

    /// <summary>A route pattern in OpenAPI's spelling: no constraints, no trailing slash.</summary>
    public static string Normalize(string pattern) => Constraint().Replace(pattern, "{${name}}").TrimEnd('/');

    internal sealed class Recorder : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                await following(context);
                if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } endpoint
                    && pattern.StartsWith("/api/v1", StringComparison.Ordinal)
                    && !pattern.Contains("**", StringComparison.Ordinal))
                {
                    _seen.TryAdd((context.Request.Method, Normalize(pattern), context.Response.StatusCode), 0);
                }
            });
            next(app);
        };
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Constraint();
}
