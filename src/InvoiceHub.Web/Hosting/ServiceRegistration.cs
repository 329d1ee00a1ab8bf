using InvoiceHub.Accounts;
using InvoiceHub.Accounts.Bootstrap;
using InvoiceHub.Invoices;
using InvoiceHub.Parties;
using InvoiceHub.Web.Api;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Demo;
using InvoiceHub.Web.Hosting.Errors;
using InvoiceHub.Web.Hosting.Health;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Jobs;
using InvoiceHub.Web.Ui;

namespace InvoiceHub.Web.Hosting;

/// <summary>Everything the host registers, module by module.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddInvoiceHub(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = DatabaseSettings.ForApplication(
            DatabaseSettings.GetConnectionString(configuration), configuration.GetValue($"{DatabaseSettings.Section}:CommandTimeoutSeconds", DatabaseSettings.DefaultCommandTimeoutSeconds));

        services.AddSingleton(TimeProvider.System);
        services.Configure<DatabaseSettings>(configuration.GetSection(DatabaseSettings.Section));
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.Configure<DemoDataSettings>(configuration.GetSection(DemoDataSettings.Section));
        services.AddScoped<DemoDataSeeder>();

        services.AddAccountsModule(connectionString);
        services.AddPartiesModule(connectionString);
        services.AddInvoicesModule(connectionString, DocumentsPath(configuration, environment));
        services.AddHostedService(provider => new FirstStatistics(connectionString, provider.GetRequiredService<ILogger<FirstStatistics>>()));
        services.AddInvoiceHubIdentity();
        services.AddInvoiceHubAdmin();
        services.AddConnectorApi(configuration);
        services.AddInvoiceHubJobs(configuration);
        services.AddInvoiceHubProblemDetails();
        services.AddInvoiceHubHealthChecks();
        services.AddInvoiceHubHardening(configuration);
        services.AddInvoiceHubOpenApi();
        services.AddInvoiceHubUi();

        services.AddRazorPages(pages =>
        {
            pages.Conventions.AllowAnonymousToFolder("/Account");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "invoicehub.antiforgery");

        services.AddInvoiceHubProductionDefaults(configuration, environment);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        return services;
    }

    // Originals live outside the database, and outside the content root too: the host watches that folder tree for
    // configuration changes, and every stored original would wake its watcher. Production sets a persistent volume.
    private static string DocumentsPath(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["Storage:DocumentsPath"] is { Length: > 0 } path
            ? Path.GetFullPath(path, environment.ContentRootPath)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "InvoiceHub", "documents");
}
