using InvoiceHub.Forwarding;
using InvoiceHub.Web.Api.Forwarding;
using InvoiceHub.Web.Hosting;
using InvoiceHub.Web.Jobs;

namespace InvoiceHub.Web.Forwarding;

/// <summary>The forwarding module in the host: services, and (on nodes that run jobs) its relay and recurring jobs.</summary>
internal static class ForwardingSetup
{
    public static IServiceCollection AddInvoiceHubForwarding(this IServiceCollection services, IConfiguration configuration)
    {
        // Jobs, not requests: the intake's short command timeout (Database:CommandTimeoutSeconds) would cut a large DATEV batch off.
        var connectionString = DatabaseSettings.ForApplication(DatabaseSettings.GetConnectionString(configuration), commandTimeoutSeconds: 30);
        services.AddForwardingModule(connectionString, configuration);
        var jobs = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        if (jobs.ServerEnabled)
        {
            services.AddForwardingWorkers();
        }

        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ForwardingEndpoints.ConfigurePolicies);
        return services;
    }
}
