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

        var demo = services.GetRequiredService<IOptions<DemoDataSettings>>().Value;
        if (demo.Enabled)
        {
            var result = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            foreach (var item in result.Created)
            {
                Console.WriteLine($"  Demo data: {item}");
            }

            if (result.ApiKey is { } key)
            {
                ShowDemoKey(demo, result.CredentialName, key);
            }
        }
    }

    // The key exists in plain text only now. The start script shows it in its banner at the end of the start-up
    // output (it reads and deletes the file); without the script it goes to the console, never into the log.
    private static void ShowDemoKey(DemoDataSettings demo, string credentialName, string key)
    {
        if (string.IsNullOrEmpty(demo.KeyFile))
        {
            Console.WriteLine($"  Demo data: API key of {credentialName}: {key}   (shown once; regenerate it at /admin/credentials)");
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(demo.KeyFile, options);
        writer.WriteLine(key);
    }
}
