using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Api;
using InvoiceHub.Web.Api.Credentials;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Api.Export;
using InvoiceHub.Web.Api.Forwarding;
using InvoiceHub.Web.Api.Parties;
using InvoiceHub.Web.Api.Retention;
using InvoiceHub.Web.Hosting.Errors;
using InvoiceHub.Web.Hosting.Health;
using InvoiceHub.Web.Jobs;
using InvoiceHub.Web.Ui;
using Serilog;

namespace InvoiceHub.Web.Hosting;

/// <summary>The request pipeline, in the order that matters.</summary>
internal static class Pipeline
{
    public static WebApplication UseInvoiceHub(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(logging => logging.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            diagnostics.Set("CorrelationId", context.TraceIdentifier);
            // Connector clients appear under their credential's user name, people under their e-mail.
            diagnostics.Set("User", context.User.Identity?.Name ?? "anonymous");
            diagnostics.Set("AuthScheme", context.User.Identity?.AuthenticationType ?? "none");
        });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseInvoiceHubErrorResponses();

        if (ProductionDefaults.UseHsts(configuration, app.Environment))
        {
            app.UseHsts();
        }

        if (configuration.GetValue<bool>("Https:RedirectToHttps"))
        {
            app.UseHttpsRedirection();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMustChangePassword();
        app.UseAuthorization();
        app.UseInvoiceHubUi();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapInvoiceHubHealthEndpoints();
        app.MapInvoiceHubOpenApi();
        app.MapInvoiceHubJobsDashboard();
        app.MapCredentialsEndpoints();
        app.MapPartiesEndpoints();
        app.MapDocumentsEndpoints();
        app.MapExportEndpoints();
        app.MapForwardingEndpoints();
        app.MapRetentionEndpoints();
        app.MapApiFallback();
        app.MapRazorPages();
        return app;
    }
}
