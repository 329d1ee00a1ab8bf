using InvoiceHub.Invoices.Archive.ReassignParty;
using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.Attachments;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Dashboard.GetDashboard;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Editing.CreateParty;
using InvoiceHub.Invoices.Editing.RejectDocument;
using InvoiceHub.Invoices.Editing.UpdateDocument;
using InvoiceHub.Invoices.Export;
using InvoiceHub.Invoices.FollowUps;
using InvoiceHub.Invoices.Forwarding;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Invoices.MasterData.ManageMasterData;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Queries;
using InvoiceHub.Invoices.Queue.ListQueue;
using InvoiceHub.Invoices.Reading.GetDocument;
using InvoiceHub.Invoices.Recognition;
using InvoiceHub.Invoices.Recognition.GetRecognition;
using InvoiceHub.Invoices.Recognition.ReceiveScan;
using InvoiceHub.Invoices.Recognition.RecognizeDocument;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices;

/// <summary>Registers the invoices module. It needs an <see cref="Parties.Contracts.IPartyMatcher"/> from the parties module.</summary>
public static class InvoicesModule
{
    public static IServiceCollection AddInvoicesModule(this IServiceCollection services, string connectionString, string documentStoreRoot)
    {
        services.AddDbContextPool<InvoicesDbContext>(options => InvoicesDbContextOptions.Configure(options, connectionString));
        services.AddSingleton(provider => new FileSystemDocumentStore(documentStoreRoot, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentStore>(provider => provider.GetRequiredService<FileSystemDocumentStore>());
        services.AddScoped<StoreCleanup>();
        services.AddTransient<StoreCleanupJob>();
        services.AddSingleton<SettingsCache>();
        services.AddScoped<SettingsStore>();
        services.AddSingleton<NumberingGate>();
        services.AddScoped<IntakeDatabase>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Audit.SearchAudit.SearchAuditHandler>();
        services.AddScoped<Settings.UpdateSettings.UpdateSettingsHandler>();
        services.AddScoped<ReceiveDocumentHandler>();
        services.AddSingleton<IntakeActivity>();
        services.AddSingleton<IIntakeActivity>(provider => provider.GetRequiredService<IntakeActivity>());
        services.AddScoped<BankDetailsPolicy>();
        services.AddScoped<DocumentQueries>();
        services.AddScoped<SearchArchiveHandler>();
        services.AddScoped<IntakeLogWriter>();
        services.AddScoped<ListIntakeLogHandler>();
        services.AddScoped<ReassignPartyHandler>();
        services.AddScoped<FollowUpsHandler>();
        services.AddScoped<ExportFeed>();
        services.AddScoped<IArchivedDocuments, ArchivedDocuments>();
        services.AddScoped<GetDocumentHandler>();
        services.AddSingleton<Reading.GetPageImage.PageImageCache>();
        services.AddScoped<Reading.GetPageImage.GetPageImageHandler>();
        services.AddScoped<UpdateDocumentHandler>();
        services.AddScoped<CreatePartyFromDocumentHandler>();
        services.AddScoped<UserAttachmentsHandler>();
        services.AddScoped<ArchiveDocumentHandler>();
        services.AddScoped<RejectDocumentHandler>();
        services.AddScoped<ListQueueHandler>();
        services.AddScoped<GetDashboardHandler>();
        services.AddScoped<MasterDataHandler>();
        // OCR intake: the recognizer itself (IDocumentRecognizer, one per process) comes from the host.
        services.AddScoped<ScanIntake>();
        services.AddScoped<RecognizeDocumentHandler>();
        services.AddScoped<RecognitionStatusHandler>();
        services.AddTransient<RecognizeDocumentJob>();
        services.AddTransient<RecognitionSweeper>();
        services.AddSingleton<IRecognitionQueue, HangfireRecognitionQueue>();
        return services;
    }

    public static Task MigrateInvoicesAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<InvoicesDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>Applies pending migrations without a service provider (the CLI's `migrate`); returns those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateInvoicesAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<InvoicesDbContext>();
        InvoicesDbContextOptions.Configure(options, connectionString);
        await using var db = new InvoicesDbContext(options.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
