using InvoiceHub.Forwarding.Channels;
using InvoiceHub.Forwarding.Channels.Datev;
using InvoiceHub.Forwarding.Channels.Mail;
using InvoiceHub.Forwarding.Channels.Webhook;
using InvoiceHub.Forwarding.ChannelSettings;
using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Export;
using InvoiceHub.Forwarding.Failures;
using InvoiceHub.Forwarding.Jobs;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Forwarding.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Forwarding;

/// <summary>
/// Registers the forwarding module. It needs the invoices module (<see cref="Invoices.Contracts.IArchivedDocuments"/>),
/// Hangfire's job client and ASP.NET Core data protection from the host.
/// </summary>
public static class ForwardingModule
{
    public static IServiceCollection AddForwardingModule(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        services.Configure<ForwardingOptions>(configuration.GetSection(ForwardingOptions.Section));
        services.AddDbContextPool<ForwardingDbContext>(options => ForwardingDbContextOptions.Configure(options, connectionString));
        services.AddSingleton<SecretProtector>();
        services.AddScoped<DeliveryScheduler>();
        services.AddSingleton<DeferredRun>();
        services.AddScoped<DeliveryProcessor>();
        services.AddScoped<OutboxRelay>();
        services.AddScoped<Sweeper>();
        services.AddScoped<Invoices.Contracts.IDocumentDeletionGuard, UnfinishedDeliveryGuard>();
        services.AddScoped<MailSender>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<IChannelSender>(provider => provider.GetRequiredService<MailSender>());
        services.AddScoped<IChannelSender>(provider => provider.GetRequiredService<WebhookSender>());
        services.AddScoped<DatevBatchBuilder>();
        services.AddScoped<DatevBatchDelivery>();
        services.AddScoped(provider => new DatevExportHandler(
            provider.GetRequiredService<ForwardingDbContext>(), provider.GetRequiredService<Invoices.Contracts.IArchivedDocuments>(), provider.GetRequiredService<DatevBatchBuilder>()));
        services.AddScoped(provider => new DeliveryQueries(provider.GetRequiredService<ForwardingDbContext>()));
        services.AddScoped(provider => new RetryDeliveryHandler(provider.GetRequiredService<ForwardingDbContext>(),
            provider.GetRequiredService<Invoices.Contracts.IArchivedDocuments>(), provider.GetRequiredService<DeliveryScheduler>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new ChannelSettingsHandler(provider.GetRequiredService<ForwardingDbContext>(), provider.GetRequiredService<SecretProtector>(),
            provider.GetRequiredService<MailSender>(), provider.GetRequiredService<WebhookSender>(), provider.GetRequiredService<TimeProvider>()));

        // Hangfire activates jobs through the container; their constructors are internal, so they are registered here.
        services.AddScoped(provider => new DeliveryJob(provider.GetRequiredService<DeliveryProcessor>()));
        services.AddScoped(provider => new SweeperJob(provider.GetRequiredService<Sweeper>()));
        services.AddScoped(provider => new DatevBatchJob(provider.GetRequiredService<DatevBatchDelivery>()));

        services.AddHttpClient(WebhookSender.PublicClient).ConfigurePrimaryHttpMessageHandler(() => WebhookHandler(allowPrivate: false));
        services.AddHttpClient(WebhookSender.PrivateAllowedClient).ConfigurePrimaryHttpMessageHandler(() => WebhookHandler(allowPrivate: true));
        return services;
    }

    /// <summary>The relay of newly archived documents and the recurring jobs; only on nodes that run jobs.</summary>
    public static IServiceCollection AddForwardingWorkers(this IServiceCollection services)
    {
        services.AddHostedService<RelayService>();
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    public static Task MigrateForwardingAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ForwardingDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>Applies pending migrations without a service provider (the CLI's `migrate`); returns those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateForwardingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<ForwardingDbContext>();
        ForwardingDbContextOptions.Configure(options, connectionString);
        await using var db = new ForwardingDbContext(options.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    private static SocketsHttpHandler WebhookHandler(bool allowPrivate) => new()
    {
        // Redirects would let a public URL lead to a private one; receivers are configured with their final URL.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => TargetGuard.ConnectAsync(context, allowPrivate, cancellationToken),
    };
}
