using InvoiceHub.Accounts;
using InvoiceHub.Forwarding;
using InvoiceHub.Invoices;
using InvoiceHub.Parties;
using InvoiceHub.Web.Demo;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Hosting;

/// <summary>Before serving: migrate (when allowed), make sure a first admin exists, add demo data when asked.</summary>
internal static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("InvoiceHub.Startup");

        if (services.GetRequiredService<IOptions<DatabaseSettings>>().Value.MigrateOnStartup)
        {
            // With the connection string as configured: the app's own connections get a short command timeout
            // (Database:CommandTimeoutSeconds) that a migration of a large table could exceed.
            var connectionString = DatabaseSettings.GetConnectionString(app.Configuration);
            await AccountsModule.MigrateAccountsAsync(connectionString, cancellationToken);
            await PartiesModule.MigratePartiesAsync(connectionString, cancellationToken);
            await InvoicesModule.MigrateInvoicesAsync(connectionString, cancellationToken);
            await services.MigrateForwardingAsync(cancellationToken);
            logger.LogInformation("Database migrations applied");
        }

        var bootstrap = await services.BootstrapAccountsAsync(cancellationToken);
        if (bootstrap.CreatedAdmin)
        {
            logger.LogInformation("Created the first admin account {AdminEmail}", bootstrap.AdminEmail);
            // The password goes to the console only, never into the structured log.
            Console.WriteLine();
            Console.WriteLine("  First admin account created");
            Console.WriteLine($"    e-mail:   {bootstrap.AdminEmail}");
            Console.WriteLine(bootstrap.GeneratedPassword is null
                ? "    password: the one configured in Bootstrap:AdminPassword"
                : $"    password: {bootstrap.GeneratedPassword}   (shown once: note it now)");
            Console.WriteLine();
        }

        if (services.GetRequiredService<IOptions<DemoDataSettings>>().Value.Enabled)
        {
            var created = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            // Console, not the log: the demo API key appears here once.
            foreach (var item in created)
            {
                Console.WriteLine($"  Demo data: {item}");
            }
        }
    }
}
