using InvoiceHub.Web.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace InvoiceHub.Web.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and a readable API reference at <c>/api/reference</c>.</summary>
internal static class OpenApiSetup
{
    /// <summary>HTTP Basic: the credential's user name and its API key as the password.</summary>
    public const string BasicScheme = "Basic";

    /// <summary>The API key alone in the <c>X-Api-Key</c> header.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The sign-in cookie of a person (the admin endpoints).</summary>
    public const string CookieScheme = "Cookie";

    public static IServiceCollection AddInvoiceHubOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "InvoiceHub API";
                document.Info.Version = "v1";
                document.Info.Description = "Archive connector and export feed of InvoiceHub. Errors are RFC 7807 problem details. "
                    + "Connector calls authenticate with HTTP Basic (credential user name + API key) or the API key alone in X-Api-Key; "
                    + "admins create keys on the credentials page (/admin/credentials).";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [BasicScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "basic",
                        Description = "User name of the API credential and its key (ihk_...) as the password.",
                    },
                    [ApiKeyScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = ApiKeyAuthenticationHandler.HeaderName,
                        Description = "The API key (ihk_...) alone.",
                    },
                    [CookieScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Cookie,
                        Name = "invoicehub.auth",
                        Description = "A signed-in person's session (sign in at /account/signin).",
                    },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                operation.Security = SecurityOf(context.Description.ActionDescriptor.EndpointMetadata, context.Document);
                return Task.CompletedTask;
            });
        });

    public static void MapInvoiceHubOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Everything the page needs is served by the app: no fonts, scripts or "open in" services from elsewhere.
        app.MapScalarApiReference("/api/reference", reference => reference
            .WithTitle("InvoiceHub API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes(ApiKeyScheme)).AllowAnonymous();
    }

    private static List<OpenApiSecurityRequirement> SecurityOf(IList<object> metadata, OpenApiDocument? document)
    {
        // The last authorization metadata wins, as in the endpoint's own pipeline (a group may be overridden).
        if (metadata.LastOrDefault(m => m is IAuthorizeData or IAllowAnonymous) is IAllowAnonymous)
        {
            return [];
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        string[] schemes = policies.Contains(ApiPolicies.Connector) ? [BasicScheme, ApiKeyScheme] : [CookieScheme];
        // Alternatives: any one of the schemes is enough.
        return [.. schemes.Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] })];
    }
}
