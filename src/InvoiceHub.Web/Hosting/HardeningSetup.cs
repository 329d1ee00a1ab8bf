using InvoiceHub.Invoices.Storage;
using InvoiceHub.Web.Hosting.Errors;
using InvoiceHub.Web.Hosting.Health;
using InvoiceHub.Web.Identity;

namespace InvoiceHub.Web.Hosting;

/// <summary>How the app fails and cleans up after failures: fault answers and logs, store readiness, store cleanup.</summary>
internal static class HardeningSetup
{
    public static IServiceCollection AddInvoiceHubHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FailureLog>();
        services.Configure<SignInSettings>(configuration.GetSection(SignInSettings.Section));
        services.AddInvoiceHubSessionValidation();
        services.Configure<StoreCleanupSettings>(configuration.GetSection(StoreCleanupSettings.Section));
        services.AddHealthChecks()
            .AddCheck<DocumentStoreHealthCheck>("document-store", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }
}
