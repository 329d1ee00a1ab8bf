namespace InvoiceHub.Web.Hosting.Errors;

/// <summary>RFC 7807 for every error answered to a machine client, with the correlation id to quote.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddInvoiceHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        return services;
    }

    /// <summary>Empty error responses become problem details for machines and a readable page for browsers.</summary>
    public static IApplicationBuilder UseInvoiceHubErrorResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseWhen(RequestKind.WantsHtml, html => html.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(context => !RequestKind.WantsHtml(context), machine => machine.UseStatusCodePages());
        return app;
    }
}
