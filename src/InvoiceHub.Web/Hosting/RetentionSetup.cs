using InvoiceHub.Invoices.Retention;

namespace InvoiceHub.Web.Hosting;

/// <summary>Retention in the host (docs/retention.md): the review and deletion handlers, and the housekeeping schedule.</summary>
internal static class RetentionSetup
{
    public static IServiceCollection AddInvoiceHubRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionSettings>(configuration.GetSection(RetentionSettings.Section));
        services.AddInvoiceRetention();
        services.AddHostedService<HousekeepingSchedule>();
        return services;
    }
}
