using Scalar.AspNetCore;

namespace InvoiceHub.Web.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and a readable API reference at <c>/api/reference</c>.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddInvoiceHubOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "InvoiceHub API";
            document.Info.Version = "v1";
            document.Info.Description = "Archive connector and export feed of InvoiceHub. Errors are RFC 7807 problem details.";
            return Task.CompletedTask;
        }));

    public static void MapInvoiceHubOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", reference => reference
            .WithTitle("InvoiceHub API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
    }
}
