using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using InvoiceHub.Web.Hosting;
using InvoiceHub.Web.Identity;

namespace InvoiceHub.Web.Jobs;

/// <summary>Hangfire on PostgreSQL storage (own schema); the server runs in-process unless switched off.</summary>
internal static class HangfireSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddInvoiceHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        var connectionString = DatabaseSettings.GetConnectionString(configuration);

        // The storage is this host's own singleton, never Hangfire's process-wide JobStorage.Current: several hosts
        // in one process (tests) must not end up sharing, or swapping, each other's job storage.
        // Long polling: workers wait on a NOTIFY for new jobs instead of polling every 15 s, so a forwarding delivery
        // starts within moments of archiving.
        var storageOptions = new PostgreSqlStorageOptions { SchemaName = settings.SchemaName, PrepareSchemaIfNecessary = true, EnableLongPolling = true };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (settings.ServerEnabled)
        {
            services.AddHangfireServer((provider, server) =>
            {
                // This host's container makes the jobs. Hangfire's default is JobActivator.Current, which every host
                // in a process overwrites: with two hosts (tests), one host's server ran jobs in the other's container.
                server.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
                server.WorkerCount = Math.Max(1, settings.WorkerCount);
                server.SchedulePollingInterval = settings.SchedulePollingInterval;
            });
        }

        return services;
    }

    public static void MapInvoiceHubJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "InvoiceHub jobs",
            AppPath = "/",
            Authorization = [new AdminOnlyDashboardFilter()],
        }, endpoints.ServiceProvider.GetRequiredService<JobStorage>()).RequireAuthorization(AuthorizationPolicies.Admin);
}
